<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>ApplicationController</name>
    <message>
        <source>Ci siAMO!</source>
        <translation>Ci siAMO!</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>Databases (*.sqlite *.db);;All files (*)</source>
        <translation>Databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>The database was restored from %1. The file it replaced was kept as %2.</source>
        <translation>The database was restored from %1. The file it replaced was kept as %2.</translation>
    </message>
    <message>
        <source>The demo database has one account per role, all with the password «demo1234»: admin, coordinatrice, psicologa, psicologo, operatore.</source>
        <translation>The demo database has one account per role, all with the password «demo1234»: admin, coordinatrice, psicologa, psicologo, operatore.</translation>
    </message>
</context>
<context>
    <name>CliRun</name>
    <message>
        <source>Database file (default: the one in the settings).</source>
        <translation>Database file (default: the one in the settings).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Show the version.</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Usage:</translation>
    </message>
    <message>
        <source>opens the window</source>
        <translation>opens the window</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 failed (message on stderr), 2 bad usage.</source>
        <translation>Exit codes: 0 done, 1 failed (message on stderr), 2 bad usage.</translation>
    </message>
    <message>
        <source>Unknown command «%1».</source>
        <translation>Unknown command «%1».</translation>
    </message>
    <message>
        <source>Wrong number of arguments for «%1»: cisiamo %2</source>
        <translation>Wrong number of arguments for «%1»: cisiamo %2</translation>
    </message>
    <message>
        <source>The database %1 already exists: left untouched.</source>
        <translation>The database %1 already exists: left untouched.</translation>
    </message>
    <message>
        <source>--years wants a number of years between 0 and 20.</source>
        <translation>--years wants a number of years between 0 and 20.</translation>
    </message>
    <message>
        <source>--workstation wants a number between 1 and 9999.</source>
        <translation>--workstation wants a number between 1 and 9999.</translation>
    </message>
    <message>
        <source>demo: %1</source>
        <translation>demo: %1</translation>
    </message>
    <message>
        <source>Demo database created: %1</source>
        <translation>Demo database created: %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this program: %2)</source>
        <translation>Schema version: %1 (this program: %2)</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Integrity: %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation>DAMAGED</translation>
    </message>
    <message>
        <source>References between tables: %1</source>
        <translation>References between tables: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n broken</source>
        <translation>
            <numerusform>%n broken</numerusform>
            <numerusform>%n broken</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no report called «%1». Reports: %2.</source>
        <translation>There is no report called «%1». Reports: %2.</translation>
    </message>
    <message>
        <source>A PDF needs a file: add --out FILE.</source>
        <translation>A PDF needs a file: add --out FILE.</translation>
    </message>
    <message>
        <source>Dates are written dd/mm/yyyy or yyyy-mm-dd.</source>
        <translation>Dates are written dd/mm/yyyy or yyyy-mm-dd.</translation>
    </message>
    <message>
        <source>creates a demo database (refuses to replace one without --force)</source>
        <translation>creates a demo database (refuses to replace one without --force)</translation>
    </message>
    <message>
        <source>Replace an existing database (the old file is kept aside).</source>
        <translation>Replace an existing database (the old file is kept aside).</translation>
    </message>
    <message>
        <source>Do nothing when the database already exists.</source>
        <translation>Do nothing when the database already exists.</translation>
    </message>
    <message>
        <source>Years of invented activity, for performance work.</source>
        <translation>Years of invented activity, for performance work.</translation>
    </message>
    <message>
        <source>Workstation number of the new database.</source>
        <translation>Workstation number of the new database.</translation>
    </message>
    <message>
        <source>checks the integrity of the database and the references between tables</source>
        <translation>checks the integrity of the database and the references between tables</translation>
    </message>
    <message>
        <source>produces a report (CSV: RFC 4180, comma, dot decimals)</source>
        <translation>produces a report (CSV: RFC 4180, comma, dot decimals)</translation>
    </message>
    <message>
        <source>First day of the period.</source>
        <translation>First day of the period.</translation>
    </message>
    <message>
        <source>Last day of the period.</source>
        <translation>Last day of the period.</translation>
    </message>
    <message>
        <source>Date of a position report.</source>
        <translation>Date of a position report.</translation>
    </message>
    <message>
        <source>Grouping, for reports that offer one.</source>
        <translation>Grouping, for reports that offer one.</translation>
    </message>
    <message>
        <source>Output file (default: standard output).</source>
        <translation>Output file (default: standard output).</translation>
    </message>
    <message>
        <source>prints the SQL schema of a new database (sqlite/schema.sql)</source>
        <translation>prints the SQL schema of a new database (sqlite/schema.sql)</translation>
    </message>
    <message>
        <source>Check the file and list its problems; write nothing.</source>
        <translation>Check the file and list its problems; write nothing.</translation>
    </message>
    <message>
        <source>Nothing can be imported as «%1». Use one of: %2.</source>
        <translation>Nothing can be imported as «%1». Use one of: %2.</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>warning: </translation>
    </message>
    <message>
        <source>error: </source>
        <translation>error: </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): nothing was imported.</source>
        <translation>
            <numerusform>%n error: nothing was imported.</numerusform>
            <numerusform>%n errors: nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <source>receipts of donated goods (Magazzino)</source>
        <translation>receipts of donated goods (Magazzino)</translation>
    </message>
    <message>
        <source>Receive goods already expired on arrival and write them off at once.</source>
        <translation>Receive goods already expired on arrival and write them off at once.</translation>
    </message>
    <message>
        <source>ConosciAMO pupils</source>
        <translation>ConosciAMO pupils</translation>
    </message>
    <message>
        <source>ConosciAMO study assistants</source>
        <translation>ConosciAMO study assistants</translation>
    </message>
    <message>
        <source>ConosciAMO bookings and their outcomes</source>
        <translation>ConosciAMO bookings and their outcomes</translation>
    </message>
    <message>
        <source>--keep wants a number of backups, at least 1.</source>
        <translation>--keep wants a number of backups, at least 1.</translation>
    </message>
    <message>
        <source>Automatic backups kept in %1: %2</source>
        <translation>Automatic backups kept in %1: %2</translation>
    </message>
    <message>
        <source>Quick check (as at start), skipping the index cross-checks.</source>
        <translation>Quick check (as at start), skipping the index cross-checks.</translation>
    </message>
    <message>
        <source>writes a consistent copy of the database to OUT, or an automatic backup into the backup folder keeping the newest N</source>
        <translation>writes a consistent copy of the database to OUT, or an automatic backup into the backup folder keeping the newest N</translation>
    </message>
    <message>
        <source>Automatic backups to keep (default: the settings, 14).</source>
        <translation>Automatic backups to keep (default: the settings, 14).</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Say where to export: --to DIR (or set a sync folder in the settings).</source>
        <translation>Say where to export: --to DIR (or set a sync folder in the settings).</translation>
    </message>
    <message>
        <source>Nothing to export: every change of this workstation is already in %1.</source>
        <translation>Nothing to export: every change of this workstation is already in %1.</translation>
    </message>
    <message numerus="yes">
        <source>Written %1: %n change(s), log %2-%3</source>
        <translation>
            <numerusform>Written %1: %n change, log %2-%3</numerusform>
            <numerusform>Written %1: %n changes, log %2-%3</numerusform>
        </translation>
    </message>
    <message>
        <source>Say where to import from: --from DIR (or set a sync folder in the settings).</source>
        <translation>Say where to import from: --from DIR (or set a sync folder in the settings).</translation>
    </message>
    <message>
        <source>REFUSED %1</source>
        <translation>REFUSED %1</translation>
    </message>
    <message>
        <source>WAITING %1</source>
        <translation>WAITING %1</translation>
    </message>
    <message>
        <source>Workstation: %1</source>
        <translation>Workstation: %1</translation>
    </message>
    <message>
        <source>Sync identity: %1</source>
        <translation>Sync identity: %1</translation>
    </message>
    <message>
        <source>none yet (never exported)</source>
        <translation>none yet (never exported)</translation>
    </message>
    <message>
        <source>Changes not yet exported: %1</source>
        <translation>Changes not yet exported: %1</translation>
    </message>
    <message>
        <source>Last export: %1</source>
        <translation>Last export: %1</translation>
    </message>
    <message>
        <source>Changes waiting for rows not yet received: %1</source>
        <translation>Changes waiting for rows not yet received: %1</translation>
    </message>
    <message>
        <source>Conflicts to review: %1</source>
        <translation>Conflicts to review: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) listed.</source>
        <translation>
            <numerusform>%n conflict listed.</numerusform>
            <numerusform>%n conflicts listed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Written %1</source>
        <translation>Written %1</translation>
    </message>
    <message>
        <source>No deliveries are recorded by this program yet: the totals are zero.</source>
        <translation>No deliveries are recorded by this program yet: the totals are zero.</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>Restored %1 from %2.</translation>
    </message>
    <message>
        <source>The replaced database was kept as %1.</source>
        <translation>The replaced database was kept as %1.</translation>
    </message>
    <message>
        <source>Changes already sent to the sync folder after that backup come back with the next import.</source>
        <translation>Changes already sent to the sync folder after that backup come back with the next import.</translation>
    </message>
    <message>
        <source>exchanges changes with the other workstations through a sync folder</source>
        <translation>exchanges changes with the other workstations through a sync folder</translation>
    </message>
    <message>
        <source>List reviewed conflicts too.</source>
        <translation>List reviewed conflicts too.</translation>
    </message>
    <message>
        <source>writes the open data of distributions per comune (CSV and GeoJSON)</source>
        <translation>writes the open data of distributions per comune (CSV and GeoJSON)</translation>
    </message>
    <message>
        <source>Folder to write to (default: the open data folder of the settings).</source>
        <translation>Folder to write to (default: the open data folder of the settings).</translation>
    </message>
    <message>
        <source>replaces the database with a backup (default: the newest intact automatic one), keeping the current file aside</source>
        <translation>replaces the database with a backup (default: the newest intact automatic one), keeping the current file aside</translation>
    </message>
    <message>
        <source>attestati needs the period: --from D --to D.</source>
        <translation>attestati needs the period: --from D --to D.</translation>
    </message>
    <message>
        <source>The period is reversed: %1 comes after %2.</source>
        <translation>The period is reversed: %1 comes after %2.</translation>
    </message>
    <message>
        <source>attestati needs a folder for the PDF files: --out DIR.</source>
        <translation>attestati needs a folder for the PDF files: --out DIR.</translation>
    </message>
    <message>
        <source>--limit wants a positive number.</source>
        <translation>--limit wants a positive number.</translation>
    </message>
    <message>
        <source>There is no organisation «%1» (give its id, registry number or name).</source>
        <translation>There is no organisation «%1» (give its id, registry number or name).</translation>
    </message>
    <message>
        <source>There is no event «%1» (give its id or name).</source>
        <translation>There is no event «%1» (give its id or name).</translation>
    </message>
    <message>
        <source>Over the art. 39 limits: %1 (%2), %3: %4. %5</source>
        <translation>Over the art. 39 limits: %1 (%2), %3: %4. %5</translation>
    </message>
    <message>
        <source>Issued with the days marked.</source>
        <translation>Issued with the days marked.</translation>
    </message>
    <message>
        <source>Left pending: look at it, then use --include-over-limit.</source>
        <translation>Left pending: look at it, then use --include-over-limit.</translation>
    </message>
    <message>
        <source>No employer on record, left pending: %1</source>
        <translation>No employer on record, left pending: %1</translation>
    </message>
    <message>
        <source>attestati: %1 of %2</source>
        <translation>attestati: %1 of %2</translation>
    </message>
    <message>
        <source>No attestato to issue for the period.</source>
        <translation>No attestato to issue for the period.</translation>
    </message>
    <message>
        <source>Left pending: %1 over the limits, %2 without employer.</source>
        <translation>Left pending: %1 over the limits, %2 without employer.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problems: nothing was imported.</source>
        <translation>
            <numerusform>%n problem: nothing was imported.</numerusform>
            <numerusform>%n problems: nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run, nothing was written. %1</source>
        <translation>Dry run, nothing was written. %1</translation>
    </message>
    <message>
        <source>issues the pending attestati of the period: one PDF each and an index CSV in DIR</source>
        <translation>issues the pending attestati of the period: one PDF each and an index CSV in DIR</translation>
    </message>
    <message>
        <source>First day of activation.</source>
        <translation>First day of activation.</translation>
    </message>
    <message>
        <source>Last day of activation.</source>
        <translation>Last day of activation.</translation>
    </message>
    <message>
        <source>Only this organisation (id, registry number or name).</source>
        <translation>Only this organisation (id, registry number or name).</translation>
    </message>
    <message>
        <source>Only this event (id or name).</source>
        <translation>Only this event (id or name).</translation>
    </message>
    <message>
        <source>Issue also for volunteers over the art. 39 limits (the days are marked).</source>
        <translation>Issue also for volunteers over the art. 39 limits (the days are marked).</translation>
    </message>
    <message>
        <source>At most N attestati.</source>
        <translation>At most N attestati.</translation>
    </message>
    <message>
        <source>Folder for the PDF files and the index.</source>
        <translation>Folder for the PDF files and the index.</translation>
    </message>
    <message>
        <source>--name wants the person's name and surname.</source>
        <translation>--name wants the person's name and surname.</translation>
    </message>
    <message>
        <source>Temporary password for %1: </source>
        <translation>Temporary password for %1: </translation>
    </message>
    <message>
        <source>Account %1 created (%2): a new password is asked at the first sign-in.</source>
        <translation>Account %1 created (%2): a new password is asked at the first sign-in.</translation>
    </message>
    <message>
        <source>lists the operator accounts and who holds the key to callers' data (CSV)</source>
        <translation>lists the operator accounts and who holds the key to callers' data (CSV)</translation>
    </message>
    <message>
        <source>creates an account; its temporary password comes from CISIAMO_NEW_PASSWORD or the terminal</source>
        <translation>creates an account; its temporary password comes from CISIAMO_NEW_PASSWORD or the terminal</translation>
    </message>
    <message>
        <source>Name and surname.</source>
        <translation>Name and surname.</translation>
    </message>
    <message>
        <source>Sign in as this user (password from CISIAMO_PASSWORD or asked at the terminal).</source>
        <translation>Sign in as this user (password from CISIAMO_PASSWORD or asked at the terminal).</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USER</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>Sign in with --user NAME; the password is read from %1 or asked at the terminal.</source>
        <translation>Sign in with --user NAME; the password is read from %1 or asked at the terminal.</translation>
    </message>
    <message>
        <source>--option wants KEY=VALUE.</source>
        <translation>--option wants KEY=VALUE.</translation>
    </message>
    <message>
        <source>A report-specific filter, e.g. operator=mario.rossi (repeatable).</source>
        <translation>A report-specific filter, e.g. operator=mario.rossi (repeatable).</translation>
    </message>
    <message>
        <source>allocate needs --requests FILE and --available FILE.</source>
        <translation>allocate needs --requests FILE and --available FILE.</translation>
    </message>
    <message>
        <source>--weighting wants request or population.</source>
        <translation>--weighting wants request or population.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): no allocation.</source>
        <translation>
            <numerusform>%n error: no allocation.</numerusform>
            <numerusform>%n errors: no allocation.</numerusform>
        </translation>
    </message>
    <message>
        <source>requests of goods from the booking platform (Consegne)</source>
        <translation>requests of goods from the booking platform (Consegne)</translation>
    </message>
    <message>
        <source>past deliveries kept in spreadsheets (Consegne)</source>
        <translation>past deliveries kept in spreadsheets (Consegne)</translation>
    </message>
    <message>
        <source>request (default) or population.</source>
        <translation>request (default) or population.</translation>
    </message>
    <message>
        <source>Create the database file when it does not exist (otherwise a missing file is an error).</source>
        <translation>Create the database file when it does not exist (otherwise a missing file is an error).</translation>
    </message>
    <message>
        <source>The demo database %1 was not created; nothing was left in its place.</source>
        <translation>The demo database %1 was not created; nothing was left in its place.</translation>
    </message>
    <message>
        <source>There is no intact automatic backup in %1: call for technical help.</source>
        <translation>There is no intact automatic backup in %1: call for technical help.</translation>
    </message>
    <message>
        <source>The newest intact backup is %1, of %2. To restore it (the damaged file is kept aside): cisiamo --db %3 restore %1</source>
        <translation>The newest intact backup is %1, of %2. To restore it (the damaged file is kept aside): cisiamo --db %3 restore %1</translation>
    </message>
    <message>
        <source>Access: read-only (the file cannot be written)</source>
        <translation>Access: read-only (the file cannot be written)</translation>
    </message>
    <message>
        <source>Access: read-only (its folder cannot be written)</source>
        <translation>Access: read-only (its folder cannot be written)</translation>
    </message>
    <message>
        <source>The database %1 is damaged.</source>
        <translation>The database %1 is damaged.</translation>
    </message>
    <message>
        <source>Import a file even though the same content was already imported.</source>
        <translation>Import a file even though the same content was already imported.</translation>
    </message>
    <message>
        <source>Nothing was imported. If the file is really new, import it again with --again.</source>
        <translation>Nothing was imported. If the file is really new, import it again with --again.</translation>
    </message>
    <message>
        <source>--role wants operator, coordinator, psychologist, administrator or service.</source>
        <translation>--role wants operator, coordinator, psychologist, administrator or service.</translation>
    </message>
    <message>
        <source>operator, coordinator, psychologist, administrator or service.</source>
        <translation>operator, coordinator, psychologist, administrator or service.</translation>
    </message>
    <message>
        <source>«%1» changes data or reads personal data: sign in with --user NAME; the password is read from %2 or asked at the terminal, never given as an argument. Nothing was done.</source>
        <translation>«%1» changes data or reads personal data: sign in with --user NAME; the password is read from %2 or asked at the terminal, never given as an argument. Nothing was done.</translation>
    </message>
    <message>
        <source>Every command but demo, check and schema needs --user; the password is never an argument: it is read from the environment variable CISIAMO_PASSWORD or typed at the terminal.</source>
        <translation>Every command but demo, check and schema needs --user; the password is never an argument: it is read from the environment variable CISIAMO_PASSWORD or typed at the terminal.</translation>
    </message>
    <message>
        <source>--active wants yes or no.</source>
        <translation>--active wants yes or no.</translation>
    </message>
    <message>
        <source>Account %1 changed.</source>
        <translation>Account %1 changed.</translation>
    </message>
    <message>
        <source>Password of %1 reset: a new one is asked at the next sign-in.</source>
        <translation>Password of %1 reset: a new one is asked at the next sign-in.</translation>
    </message>
    <message>
        <source>%1 can try to sign in again now.</source>
        <translation>%1 can try to sign in again now.</translation>
    </message>
    <message>
        <source>changes an account's name, role or whether it may sign in</source>
        <translation>changes an account's name, role or whether it may sign in</translation>
    </message>
    <message>
        <source>yes: may sign in; no: deactivated.</source>
        <translation>yes: may sign in; no: deactivated.</translation>
    </message>
    <message>
        <source>gives a forgotten password a temporary one, from CISIAMO_NEW_PASSWORD or the terminal</source>
        <translation>gives a forgotten password a temporary one, from CISIAMO_NEW_PASSWORD or the terminal</translation>
    </message>
    <message>
        <source>Reset even when the account is the only holder of the key to callers' data (that data is lost).</source>
        <translation>Reset even when the account is the only holder of the key to callers' data (that data is lost).</translation>
    </message>
    <message>
        <source>lets a user name try to sign in again at once after wrong passwords</source>
        <translation>lets a user name try to sign in again at once after wrong passwords</translation>
    </message>
    <message>
        <source>comune wants set ISTAT and the fields to change.</source>
        <translation>comune wants set ISTAT and the fields to change.</translation>
    </message>
    <message>
        <source>«%1» is not an ISTAT code: six digits, e.g. 015146 for Milano.</source>
        <translation>«%1» is not an ISTAT code: six digits, e.g. 015146 for Milano.</translation>
    </message>
    <message>
        <source>comune set changes nothing without a field option (--coc-phone, --coc-email...).</source>
        <translation>comune set changes nothing without a field option (--coc-phone, --coc-email...).</translation>
    </message>
    <message>
        <source>Details of %1 saved.</source>
        <translation>Details of %1 saved.</translation>
    </message>
    <message>
        <source>changes the town hall and COC details of a comune</source>
        <translation>changes the town hall and COC details of a comune</translation>
    </message>
    <message>
        <source>Zona omogenea.</source>
        <translation>Zona omogenea.</translation>
    </message>
    <message>
        <source>Town hall phone.</source>
        <translation>Town hall phone.</translation>
    </message>
    <message>
        <source>Town hall e-mail.</source>
        <translation>Town hall e-mail.</translation>
    </message>
    <message>
        <source>Town hall PEC.</source>
        <translation>Town hall PEC.</translation>
    </message>
    <message>
        <source>Postcode (CAP).</source>
        <translation>Postcode (CAP).</translation>
    </message>
    <message>
        <source>Where the COC meets.</source>
        <translation>Where the COC meets.</translation>
    </message>
    <message>
        <source>Name and role of the COC contact.</source>
        <translation>Name and role of the COC contact.</translation>
    </message>
    <message>
        <source>COC phone.</source>
        <translation>COC phone.</translation>
    </message>
    <message>
        <source>COC e-mail.</source>
        <translation>COC e-mail.</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>Notes.</translation>
    </message>
    <message>
        <source>workstation wants show or set.</source>
        <translation>workstation wants show or set.</translation>
    </message>
    <message>
        <source>workstation set wants --number N, the workstation number (1-9999).</source>
        <translation>workstation set wants --number N, the workstation number (1-9999).</translation>
    </message>
    <message>
        <source>--number and --name go with workstation set.</source>
        <translation>--number and --name go with workstation set.</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>shows or sets this database's workstation number and name (set: coordinator or administrator)</source>
        <translation>shows or sets this database's workstation number and name (set: coordinator or administrator)</translation>
    </message>
    <message>
        <source>Workstation number, 1-9999, unique in the room.</source>
        <translation>Workstation number, 1-9999, unique in the room.</translation>
    </message>
    <message>
        <source>Workstation name, e.g. "Sala operativa 1".</source>
        <translation>Workstation name, e.g. "Sala operativa 1".</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Whether it is in use: yes or no.</source>
        <translation>Whether it is in use: yes or no.</translation>
    </message>
    <message>
        <source>Write «add» with the options, or «edit ID» with the options to change.</source>
        <translation>Write «add» with the options, or «edit ID» with the options to change.</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>Missing: %1.</translation>
    </message>
    <message>
        <source>Bad value for --%1: «%2».</source>
        <translation>Bad value for --%1: «%2».</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Item code (PAS-PASTA).</source>
        <translation>Item code (PAS-PASTA).</translation>
    </message>
    <message>
        <source>Name.</source>
        <translation>Name.</translation>
    </message>
    <message>
        <source>Goods category: id or code.</source>
        <translation>Goods category: id or code.</translation>
    </message>
    <message>
        <source>Counted by weight (kg) or by the piece (pz).</source>
        <translation>Counted by weight (kg) or by the piece (pz).</translation>
    </message>
    <message>
        <source>Weight of one piece in kg (1.5).</source>
        <translation>Weight of one piece in kg (1.5).</translation>
    </message>
    <message>
        <source>Pieces per package.</source>
        <translation>Pieces per package.</translation>
    </message>
    <message>
        <source>Minimum level: kg, or pieces.</source>
        <translation>Minimum level: kg, or pieces.</translation>
    </message>
    <message>
        <source>Whether its lots have an expiry date: yes or no.</source>
        <translation>Whether its lots have an expiry date: yes or no.</translation>
    </message>
    <message>
        <source>Category code.</source>
        <translation>Category code.</translation>
    </message>
    <message>
        <source>Kind of goods.</source>
        <translation>Kind of goods.</translation>
    </message>
    <message>
        <source>Kind of donor.</source>
        <translation>Kind of donor.</translation>
    </message>
    <message>
        <source>Codice fiscale or partita IVA.</source>
        <translation>Codice fiscale or partita IVA.</translation>
    </message>
    <message>
        <source>Address.</source>
        <translation>Address.</translation>
    </message>
    <message>
        <source>Contact person.</source>
        <translation>Contact person.</translation>
    </message>
    <message>
        <source>Phone.</source>
        <translation>Phone.</translation>
    </message>
    <message>
        <source>E-mail.</source>
        <translation>E-mail.</translation>
    </message>
    <message>
        <source>Location code.</source>
        <translation>Location code.</translation>
    </message>
    <message>
        <source>Kind of place.</source>
        <translation>Kind of place.</translation>
    </message>
    <message>
        <source>Whether receipts and issues go here by default: yes or no.</source>
        <translation>Whether receipts and issues go here by default: yes or no.</translation>
    </message>
    <message>
        <source>creates or changes an item of the warehouse</source>
        <translation>creates or changes an item of the warehouse</translation>
    </message>
    <message>
        <source>creates or changes a goods category</source>
        <translation>creates or changes a goods category</translation>
    </message>
    <message>
        <source>creates or changes a donor</source>
        <translation>creates or changes a donor</translation>
    </message>
    <message>
        <source>creates or changes a warehouse location</source>
        <translation>creates or changes a warehouse location</translation>
    </message>
    <message>
        <source>lesson book needs --pupil, --subject, --assistant, --date and --hour.</source>
        <translation>lesson book needs --pupil, --subject, --assistant, --date and --hour.</translation>
    </message>
    <message>
        <source>--date wants a date (dd/mm/yyyy or yyyy-mm-dd).</source>
        <translation>--date wants a date (dd/mm/yyyy or yyyy-mm-dd).</translation>
    </message>
    <message>
        <source>--hour wants the start hour of the lesson, e.g. 15 or 15:00.</source>
        <translation>--hour wants the start hour of the lesson, e.g. 15 or 15:00.</translation>
    </message>
    <message>
        <source>Lesson %1 booked: %2.</source>
        <translation>Lesson %1 booked: %2.</translation>
    </message>
    <message>
        <source>lesson outcome wants the number of the lesson.</source>
        <translation>lesson outcome wants the number of the lesson.</translation>
    </message>
    <message>
        <source>--outcome wants given, absent or cancelled.</source>
        <translation>--outcome wants given, absent or cancelled.</translation>
    </message>
    <message>
        <source>--tutor goes with --outcome given (the tutor who stood in).</source>
        <translation>--tutor goes with --outcome given (the tutor who stood in).</translation>
    </message>
    <message>
        <source>Outcome of lesson %1 recorded.</source>
        <translation>Outcome of lesson %1 recorded.</translation>
    </message>
    <message>
        <source>lesson cancel wants the number of the lesson.</source>
        <translation>lesson cancel wants the number of the lesson.</translation>
    </message>
    <message>
        <source>lesson cancel needs --reason TEXT.</source>
        <translation>lesson cancel needs --reason TEXT.</translation>
    </message>
    <message>
        <source>Lesson %1 cancelled.</source>
        <translation>Lesson %1 cancelled.</translation>
    </message>
    <message>
        <source>lesson wants book, outcome ID or cancel ID.</source>
        <translation>lesson wants book, outcome ID or cancel ID.</translation>
    </message>
    <message>
        <source>books a ConosciAMO lesson, records its outcome or cancels it</source>
        <translation>books a ConosciAMO lesson, records its outcome or cancels it</translation>
    </message>
    <message>
        <source>Code of the pupil.</source>
        <translation>Code of the pupil.</translation>
    </message>
    <message>
        <source>Subject: code or name.</source>
        <translation>Subject: code or name.</translation>
    </message>
    <message>
        <source>Code of the study assistant.</source>
        <translation>Code of the study assistant.</translation>
    </message>
    <message>
        <source>Day of the lesson.</source>
        <translation>Day of the lesson.</translation>
    </message>
    <message>
        <source>Start hour of the lesson (15 or 15:00).</source>
        <translation>Start hour of the lesson (15 or 15:00).</translation>
    </message>
    <message>
        <source>given, absent or cancelled.</source>
        <translation>given, absent or cancelled.</translation>
    </message>
    <message>
        <source>Code of the tutor who stood in.</source>
        <translation>Code of the tutor who stood in.</translation>
    </message>
    <message>
        <source>A note.</source>
        <translation>A note.</translation>
    </message>
    <message>
        <source>Why the lesson is cancelled.</source>
        <translation>Why the lesson is cancelled.</translation>
    </message>
    <message>
        <source>--kind wants association or municipal_group.</source>
        <translation>--kind wants association or municipal_group.</translation>
    </message>
    <message>
        <source>There is no comune «%1» (write its name).</source>
        <translation>There is no comune «%1» (write its name).</translation>
    </message>
    <message>
        <source>organisation add needs --name and --comune.</source>
        <translation>organisation add needs --name and --comune.</translation>
    </message>
    <message>
        <source>organisation wants add or edit.</source>
        <translation>organisation wants add or edit.</translation>
    </message>
    <message>
        <source>organisation add takes no id.</source>
        <translation>organisation add takes no id.</translation>
    </message>
    <message>
        <source>organisation edit needs the id.</source>
        <translation>organisation edit needs the id.</translation>
    </message>
    <message>
        <source>Organisation %1 added: «%2».</source>
        <translation>Organisation %1 added: «%2».</translation>
    </message>
    <message>
        <source>Organisation %1 saved: «%2».</source>
        <translation>Organisation %1 saved: «%2».</translation>
    </message>
    <message>
        <source>event wants add or edit.</source>
        <translation>event wants add or edit.</translation>
    </message>
    <message>
        <source>event add takes no id.</source>
        <translation>event add takes no id.</translation>
    </message>
    <message>
        <source>event edit needs the id.</source>
        <translation>event edit needs the id.</translation>
    </message>
    <message>
        <source>event add needs --name, --act and --start.</source>
        <translation>event add needs --name, --act and --start.</translation>
    </message>
    <message>
        <source>--type wants ordinary, national_emergency, covid19 or training.</source>
        <translation>--type wants ordinary, national_emergency, covid19 or training.</translation>
    </message>
    <message>
        <source>Event %1 added: «%2».</source>
        <translation>Event %1 added: «%2».</translation>
    </message>
    <message>
        <source>Event %1 saved: «%2».</source>
        <translation>Event %1 saved: «%2».</translation>
    </message>
    <message>
        <source>activation record takes no id: use --volunteer and --event.</source>
        <translation>activation record takes no id: use --volunteer and --event.</translation>
    </message>
    <message>
        <source>activation record needs --volunteer, --event, --service and --from.</source>
        <translation>activation record needs --volunteer, --event, --service and --from.</translation>
    </message>
    <message>
        <source>There is no volunteer «%1» (give the id or the codice fiscale).</source>
        <translation>There is no volunteer «%1» (give the id or the codice fiscale).</translation>
    </message>
    <message>
        <source>There is no service «%1» (give its name or code).</source>
        <translation>There is no service «%1» (give its name or code).</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>undone</translation>
    </message>
    <message numerus="yes">
        <source>%n person-days recorded: %1</source>
        <translation>
            <numerusform>%n person-day recorded: %1</numerusform>
            <numerusform>%n person-days recorded: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>activation void needs the id of the day.</source>
        <translation>activation void needs the id of the day.</translation>
    </message>
    <message>
        <source>«%1» is not the id of a day.</source>
        <translation>«%1» is not the id of a day.</translation>
    </message>
    <message>
        <source>activation void needs --reason TEXT.</source>
        <translation>activation void needs --reason TEXT.</translation>
    </message>
    <message>
        <source>Day %1 voided.</source>
        <translation>Day %1 voided.</translation>
    </message>
    <message>
        <source>activation wants record or void.</source>
        <translation>activation wants record or void.</translation>
    </message>
    <message>
        <source>adds or changes a volunteer organisation (only the options given change)</source>
        <translation>adds or changes a volunteer organisation (only the options given change)</translation>
    </message>
    <message>
        <source>Name of the organisation.</source>
        <translation>Name of the organisation.</translation>
    </message>
    <message>
        <source>Comune of the seat (a comune of the metropolitan city).</source>
        <translation>Comune of the seat (a comune of the metropolitan city).</translation>
    </message>
    <message>
        <source>association or municipal_group (default: association).</source>
        <translation>association or municipal_group (default: association).</translation>
    </message>
    <message>
        <source>Number in the regional registry.</source>
        <translation>Number in the regional registry.</translation>
    </message>
    <message>
        <source>Codice fiscale of the organisation.</source>
        <translation>Codice fiscale of the organisation.</translation>
    </message>
    <message>
        <source>Address of the seat.</source>
        <translation>Address of the seat.</translation>
    </message>
    <message>
        <source>Legal representative.</source>
        <translation>Legal representative.</translation>
    </message>
    <message>
        <source>PEC.</source>
        <translation>PEC.</translation>
    </message>
    <message>
        <source>The organisation is no longer active.</source>
        <translation>The organisation is no longer active.</translation>
    </message>
    <message>
        <source>The organisation is active again.</source>
        <translation>The organisation is active again.</translation>
    </message>
    <message>
        <source>adds or changes an activation event (only the options given change)</source>
        <translation>adds or changes an activation event (only the options given change)</translation>
    </message>
    <message>
        <source>Name of the event.</source>
        <translation>Name of the event.</translation>
    </message>
    <message>
        <source>Act that authorises it.</source>
        <translation>Act that authorises it.</translation>
    </message>
    <message>
        <source>First day.</source>
        <translation>First day.</translation>
    </message>
    <message>
        <source>Last day (none: still open).</source>
        <translation>Last day (none: still open).</translation>
    </message>
    <message>
        <source>ordinary, national_emergency, covid19 or training (default: ordinary).</source>
        <translation>ordinary, national_emergency, covid19 or training (default: ordinary).</translation>
    </message>
    <message>
        <source>The event has no last day yet.</source>
        <translation>The event has no last day yet.</translation>
    </message>
    <message>
        <source>records activation days on the ledger, or voids one with a reversal</source>
        <translation>records activation days on the ledger, or voids one with a reversal</translation>
    </message>
    <message>
        <source>Volunteer (id or codice fiscale); repeat it for a roster.</source>
        <translation>Volunteer (id or codice fiscale); repeat it for a roster.</translation>
    </message>
    <message>
        <source>Event (id or name).</source>
        <translation>Event (id or name).</translation>
    </message>
    <message>
        <source>Service (name or code).</source>
        <translation>Service (name or code).</translation>
    </message>
    <message>
        <source>Last day (default: the first).</source>
        <translation>Last day (default: the first).</translation>
    </message>
    <message>
        <source>Comune where the service was done.</source>
        <translation>Comune where the service was done.</translation>
    </message>
    <message>
        <source>Place of the service.</source>
        <translation>Place of the service.</translation>
    </message>
    <message>
        <source>Organisation (default: each volunteer's own).</source>
        <translation>Organisation (default: each volunteer's own).</translation>
    </message>
    <message>
        <source>Why the day is voided.</source>
        <translation>Why the day is voided.</translation>
    </message>
    <message>
        <source>Void a day already certified by an attestato.</source>
        <translation>Void a day already certified by an attestato.</translation>
    </message>
    <message>
        <source>--unmet wants carry-over or close.</source>
        <translation>--unmet wants carry-over or close.</translation>
    </message>
    <message>
        <source>Nothing available in the allocation of %1</source>
        <translation>Nothing available in the allocation of %1</translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>Nothing was recorded.</translation>
    </message>
    <message numerus="yes">
        <source>Allocation %1 recorded: %n request(s).</source>
        <translation>
            <numerusform>Allocation %1 recorded: %n request.</numerusform>
            <numerusform>Allocation %1 recorded: %n requests.</numerusform>
        </translation>
    </message>
    <message>
        <source>--confirm records an allocation of the requests in the database, not of files.</source>
        <translation>--confirm records an allocation of the requests in the database, not of files.</translation>
    </message>
    <message>
        <source>delivery wants load, deliver, return or cancel.</source>
        <translation>delivery wants load, deliver, return or cancel.</translation>
    </message>
    <message>
        <source>delivery %1 needs the reason: --reason TEXT.</source>
        <translation>delivery %1 needs the reason: --reason TEXT.</translation>
    </message>
    <message>
        <source>delivery deliver needs who signed: --signed-by NAME.</source>
        <translation>delivery deliver needs who signed: --signed-by NAME.</translation>
    </message>
    <message>
        <source>Delivery %1: %2.</source>
        <translation>Delivery %1: %2.</translation>
    </message>
    <message>
        <source>Day of the allocation (default: today).</source>
        <translation>Day of the allocation (default: today).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>carry-over (default) or close.</source>
        <translation>carry-over (default) or close.</translation>
    </message>
    <message>
        <source>Records the allocation.</source>
        <translation>Records the allocation.</translation>
    </message>
    <message>
        <source>Notes of the allocation.</source>
        <translation>Notes of the allocation.</translation>
    </message>
    <message>
        <source>loads, delivers (signed), returns or cancels a delivery, by id or DDT number</source>
        <translation>loads, delivers (signed), returns or cancels a delivery, by id or DDT number</translation>
    </message>
    <message>
        <source>Why (return, cancel).</source>
        <translation>Why (return, cancel).</translation>
    </message>
    <message>
        <source>Who signed for the goods (deliver).</source>
        <translation>Who signed for the goods (deliver).</translation>
    </message>
    <message>
        <source>Day of the signature or of the return (default: today).</source>
        <translation>Day of the signature or of the return (default: today).</translation>
    </message>
    <message>
        <source>%1 now holds the key to callers' data.</source>
        <translation>%1 now holds the key to callers' data.</translation>
    </message>
    <message>
        <source>%1 already held the key to callers' data.</source>
        <translation>%1 already held the key to callers' data.</translation>
    </message>
    <message>
        <source>gives the key to callers' data to an account that came from another workstation</source>
        <translation>gives the key to callers' data to an account that came from another workstation</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>Room: %1</translation>
    </message>
    <message>
        <source>none (create it with: cisiamo room create --name NAME)</source>
        <translation>none (create it with: cisiamo room create --name NAME)</translation>
    </message>
    <message>
        <source>MISSING: the changes %2-%3 of workstation %1 (database %4) are in no file of the folder; %5 and the files after it wait for them. On workstation %1: cisiamo sync resend --from %2</source>
        <translation>MISSING: the changes %2-%3 of workstation %1 (database %4) are in no file of the folder; %5 and the files after it wait for them. On workstation %1: cisiamo sync resend --from %2</translation>
    </message>
    <message>
        <source>Missing files in %1: %2</source>
        <translation>Missing files in %1: %2</translation>
    </message>
    <message>
        <source>Say from which change to send again: --from SEQ (a number, as sync status names it on the other workstations).</source>
        <translation>Say from which change to send again: --from SEQ (a number, as sync status names it on the other workstations).</translation>
    </message>
    <message>
        <source>Say where to write: --to DIR (or set a sync folder in the settings).</source>
        <translation>Say where to write: --to DIR (or set a sync folder in the settings).</translation>
    </message>
    <message>
        <source>Written again %1</source>
        <translation>Written again %1</translation>
    </message>
    <message>
        <source>NOT SENT %1</source>
        <translation>NOT SENT %1</translation>
    </message>
    <message>
        <source>sync wants export, import, status, conflicts or resend.</source>
        <translation>sync wants export, import, status, conflicts or resend.</translation>
    </message>
    <message>
        <source>The sync folder %1 cannot be reached: the ids and the document numbers were moved past those of the restored database plus a safety margin.</source>
        <translation>The sync folder %1 cannot be reached: the ids and the document numbers were moved past those of the restored database plus a safety margin.</translation>
    </message>
    <message>
        <source>(none configured)</source>
        <translation>(none configured)</translation>
    </message>
    <message numerus="yes">
        <source>Read %n file(s) of workstation %1 in the sync folder.</source>
        <translation>
            <numerusform>Read %n file of workstation %1 in the sync folder.</numerusform>
            <numerusform>Read %n files of workstation %1 in the sync folder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read %1: what it holds was not counted.</source>
        <translation>Could not read %1: what it holds was not counted.</translation>
    </message>
    <message numerus="yes">
        <source>New ids start after %1; %n document series moved past the numbers already sent.</source>
        <translation>
            <numerusform>New ids start after %1; %n document series moved past the numbers already sent.</numerusform>
            <numerusform>New ids start after %1; %n document series moved past the numbers already sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>room join wants --from with a member's database file.</source>
        <translation>room join wants --from with a member's database file.</translation>
    </message>
    <message>
        <source>This workstation is in the room "%1": its files are now authenticated with the room's key.</source>
        <translation>This workstation is in the room "%1": its files are now authenticated with the room's key.</translation>
    </message>
    <message>
        <source>--name wants the name of the operations room.</source>
        <translation>--name wants the name of the operations room.</translation>
    </message>
    <message>
        <source>Folder to export or send again to (default: the sync folder of the settings).</source>
        <translation>Folder to export or send again to (default: the sync folder of the settings).</translation>
    </message>
    <message>
        <source>Folder to import from or to check (default: the sync folder of the settings); for resend, the first change to send again.</source>
        <translation>Folder to import from or to check (default: the sync folder of the settings); for resend, the first change to send again.</translation>
    </message>
    <message>
        <source>The sync folder whose files show what this workstation already sent (default: the one of the settings).</source>
        <translation>The sync folder whose files show what this workstation already sent (default: the one of the settings).</translation>
    </message>
    <message>
        <source> (this workstation)</source>
        <translation> (this workstation)</translation>
    </message>
    <message>
        <source>joined %1</source>
        <translation>joined %1</translation>
    </message>
    <message>
        <source>not in the membership list yet</source>
        <translation>not in the membership list yet</translation>
    </message>
    <message>
        <source>REMOVED %1 by %2, its files valid up to change %3</source>
        <translation>REMOVED %1 by %2, its files valid up to change %3</translation>
    </message>
    <message>
        <source>no file written yet</source>
        <translation>no file written yet</translation>
    </message>
    <message>
        <source>no file seen yet</source>
        <translation>no file seen yet</translation>
    </message>
    <message>
        <source>last file written %1 (up to change %2, %3)</source>
        <translation>last file written %1 (up to change %2, %3)</translation>
    </message>
    <message>
        <source>last file seen %1 (up to change %2, %3)</source>
        <translation>last file seen %1 (up to change %2, %3)</translation>
    </message>
    <message>
        <source>COPIED DATABASE: %1</source>
        <translation>COPIED DATABASE: %1</translation>
    </message>
    <message>
        <source>Members: %1</source>
        <translation>Members: %1</translation>
    </message>
    <message>
        <source>NUMBER TAKEN: workstation %1 «%2» registered itself with a number another member already has (file %3): its membership waits, and its files are refused as those of a second workstation %1. Give it a free number (cisiamo workstation set --number N on it).</source>
        <translation>NUMBER TAKEN: workstation %1 «%2» registered itself with a number another member already has (file %3): its membership waits, and its files are refused as those of a second workstation %1. Give it a free number (cisiamo workstation set --number N on it).</translation>
    </message>
    <message>
        <source>No sync folder: give one with --from DIR or in the settings.</source>
        <translation>No sync folder: give one with --from DIR or in the settings.</translation>
    </message>
    <message>
        <source>room remove wants --workstation N, the number of the member to remove.</source>
        <translation>room remove wants --workstation N, the number of the member to remove.</translation>
    </message>
    <message>
        <source>Workstation %1 removed from the room: its files up to change %2 stay valid, later ones are refused by every member that receives this change. The room's key is unchanged: a computer that kept it can still write files in another member's name (README, room remove).</source>
        <translation>Workstation %1 removed from the room: its files up to change %2 stay valid, later ones are refused by every member that receives this change. The room's key is unchanged: a computer that kept it can still write files in another member's name (README, room remove).</translation>
    </message>
    <message numerus="yes">
        <source>Removed from %1 %n file(s) of this workstation that every member has.</source>
        <translation>
            <numerusform>Removed from %1 %n file of this workstation that every member has.</numerusform>
            <numerusform>Removed from %1 %n files of this workstation that every member has.</numerusform>
        </translation>
    </message>
    <message>
        <source>Workstation %1 has not acknowledged any change of this one yet</source>
        <translation>Workstation %1 has not acknowledged any change of this one yet</translation>
    </message>
    <message>
        <source>Workstation %1 has applied the changes of this one up to %2</source>
        <translation>Workstation %1 has applied the changes of this one up to %2</translation>
    </message>
    <message>
        <source>MISSING: the changes %2-%3 of workstation %1 (database %4) are in no file of the folder, and another workstation has already applied them (the last file was lost). On workstation %1: cisiamo sync resend --from %2; or on a workstation that holds them: cisiamo sync resend --workstation %1 --from %2</source>
        <translation>MISSING: the changes %2-%3 of workstation %1 (database %4) are in no file of the folder, and another workstation has already applied them (the last file was lost). On workstation %1: cisiamo sync resend --from %2; or on a workstation that holds them: cisiamo sync resend --workstation %1 --from %2</translation>
    </message>
    <message>
        <source>MISSING: the changes %2-%3 of workstation %1 (database %4) are in no file of the folder; %5 and the files after it wait for them. On workstation %1: cisiamo sync resend --from %2; or on a workstation that holds them: cisiamo sync resend --workstation %1 --from %2</source>
        <translation>MISSING: the changes %2-%3 of workstation %1 (database %4) are in no file of the folder; %5 and the files after it wait for them. On workstation %1: cisiamo sync resend --from %2; or on a workstation that holds them: cisiamo sync resend --workstation %1 --from %2</translation>
    </message>
    <message>
        <source>Say whose files to send again: --workstation N (a workstation number).</source>
        <translation>Say whose files to send again: --workstation N (a workstation number).</translation>
    </message>
    <message>
        <source>Passphrase of the invitation: </source>
        <translation>Passphrase of the invitation: </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>The same passphrase again: </translation>
    </message>
    <message>
        <source>room invite wants --out with the invitation file to write.</source>
        <translation>room invite wants --out with the invitation file to write.</translation>
    </message>
    <message numerus="yes">
        <source>Invitation written to %1 (%n workstation(s) in the room). Give it to the new workstation with the passphrase, separately; it joins with: cisiamo --db NEW.sqlite room join FILE --workstation N</source>
        <translation>
            <numerusform>Invitation written to %1 (%n workstation in the room). Give it to the new workstation with the passphrase, separately; it joins with: cisiamo --db NEW.sqlite room join FILE --workstation N</numerusform>
            <numerusform>Invitation written to %1 (%n workstations in the room). Give it to the new workstation with the passphrase, separately; it joins with: cisiamo --db NEW.sqlite room join FILE --workstation N</numerusform>
        </translation>
    </message>
    <message>
        <source>room join FILE wants --workstation with this workstation's number.</source>
        <translation>room join FILE wants --workstation with this workstation's number.</translation>
    </message>
    <message>
        <source>Database %1 created: workstation %2 of the room "%3", invited by workstation %4. Set the sync folder and synchronise.</source>
        <translation>Database %1 created: workstation %2 of the room "%3", invited by workstation %4. Set the sync folder and synchronise.</translation>
    </message>
    <message>
        <source>room join takes an invitation FILE or --from MEMBER.sqlite, not both.</source>
        <translation>room join takes an invitation FILE or --from MEMBER.sqlite, not both.</translation>
    </message>
    <message>
        <source>Room "%1" created. The other workstations join it with an invitation: cisiamo room invite --out FILE.</source>
        <translation>Room "%1" created. The other workstations join it with an invitation: cisiamo room invite --out FILE.</translation>
    </message>
    <message>
        <source>For resend: send again the files of this other workstation kept here (relay).</source>
        <translation>For resend: send again the files of this other workstation kept here (relay).</translation>
    </message>
    <message>
        <source>Name of the room (create) or of this workstation (join FILE).</source>
        <translation>Name of the room (create) or of this workstation (join FILE).</translation>
    </message>
    <message>
        <source>A member's database file, from which only the room's name and key are read; for status, the sync folder to check (default: the one of the settings).</source>
        <translation>A member's database file, from which only the room's name and key are read; for status, the sync folder to check (default: the one of the settings).</translation>
    </message>
    <message>
        <source>The number of the new workstation (join FILE: not used by any member of the room), or of the member to remove.</source>
        <translation>The number of the new workstation (join FILE: not used by any member of the room), or of the member to remove.</translation>
    </message>
    <message numerus="yes">
        <source>  %1: %2 – %3, %n day(s), closed on %4</source>
        <translation>
            <numerusform>  %1: %2 – %3, %n day, closed on %4</numerusform>
            <numerusform>  %1: %2 – %3, %n days, closed on %4</numerusform>
        </translation>
    </message>
    <message>
        <source>  ... and %1 more (column reimbursement_closed of the index).</source>
        <translation>  ... and %1 more (column reimbursement_closed of the index).</translation>
    </message>
    <message numerus="yes">
        <source>%n attestato(s) issued after the reimbursement window closed: each says so.</source>
        <translation>
            <numerusform>%n attestato issued after the reimbursement window closed: each says so.</numerusform>
            <numerusform>%n attestati issued after the reimbursement window closed: each says so.</numerusform>
        </translation>
    </message>
    <message>
        <source>Language of the program: it or en (default: the one chosen in the settings, else the system's).</source>
        <translation>Language of the program: it or en (default: the one chosen in the settings, else the system's).</translation>
    </message>
    <message>
        <source>Technical log: write from this level on, and show those lines on stderr too (the log file is in the data folder, log/cisiamo.log).</source>
        <translation>Technical log: write from this level on, and show those lines on stderr too (the log file is in the data folder, log/cisiamo.log).</translation>
    </message>
    <message>
        <source>--format wants csv, html, pdf or xlsx.</source>
        <translation>--format wants csv, html, pdf or xlsx.</translation>
    </message>
    <message>
        <source>An Excel workbook needs a file: add --out FILE.</source>
        <translation>An Excel workbook needs a file: add --out FILE.</translation>
    </message>
    <message>
        <source>These options can come before or after the command, each once.</source>
        <translation>These options can come before or after the command, each once.</translation>
    </message>
    <message>
        <source>Backup written: %1 (%2)</source>
        <translation>Backup written: %1 (%2)</translation>
    </message>
    <message>
        <source>csv (default), html, pdf or xlsx (Excel).</source>
        <translation>csv (default), html, pdf or xlsx (Excel).</translation>
    </message>
    <message>
        <source>Dry run: %1 in %2, %3 kg; %4. Nothing was written.</source>
        <translation>Dry run: %1 in %2, %3 kg; %4. Nothing was written.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) already imported</source>
        <translation>
            <numerusform>%n booking already imported</numerusform>
            <numerusform>%n bookings already imported</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1 with %2, %3 kg; %4.</source>
        <translation>Imported: %1 with %2, %3 kg; %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) already imported were skipped</source>
        <translation>
            <numerusform>%n booking already imported was skipped</numerusform>
            <numerusform>%n bookings already imported were skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies)</source>
        <translation>
            <numerusform>%n delivery</numerusform>
            <numerusform>%n deliveries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) already recorded</source>
        <translation>
            <numerusform>%n note already recorded</numerusform>
            <numerusform>%n notes already recorded</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded: %1 with %2, %3 kg; %4.</source>
        <translation>Recorded: %1 with %2, %3 kg; %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n past delivery(ies)</source>
        <translation>
            <numerusform>%n past delivery</numerusform>
            <numerusform>%n past deliveries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) already recorded were skipped</source>
        <translation>
            <numerusform>%n note already recorded was skipped</numerusform>
            <numerusform>%n notes already recorded were skipped</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: %1 in %2, %3 kg, %4. Nothing was written.</source>
        <translation>Dry run: %1 in %2, %3 kg, %4. Nothing was written.</translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s)</source>
        <translation>
            <numerusform>%n receipt</numerusform>
            <numerusform>%n receipts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new donor(s)</source>
        <translation>
            <numerusform>%n new donor</numerusform>
            <numerusform>%n new donors</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1 with %2, %3 kg; %4; %5.</source>
        <translation>Imported: %1 with %2, %3 kg; %4; %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) written off as expired</source>
        <translation>
            <numerusform>%n line written off as expired</numerusform>
            <numerusform>%n lines written off as expired</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1 was given twice with different values (%2): give it once.</source>
        <translation>--%1 was given twice with different values (%2): give it once.</translation>
    </message>
    <message>
        <source>--lang takes it or en, not «%1».</source>
        <translation>--lang takes it or en, not «%1».</translation>
    </message>
    <message>
        <source>%1: %2 in %3; nothing was written.</source>
        <translation>%1: %2 in %3; nothing was written.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, no problems: %3 to create, %4 to update. Dry run: nothing was written.</source>
        <translation>%1: %2, no problems: %3 to create, %4 to update. Dry run: nothing was written.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) checked</source>
        <translation>
            <numerusform>%n record checked</numerusform>
            <numerusform>%n records checked</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2: %3, %4, %5.</source>
        <translation>%1: %2: %3, %4, %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) imported</source>
        <translation>
            <numerusform>%n record imported</numerusform>
            <numerusform>%n records imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>%n created</numerusform>
            <numerusform>%n created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outcome(s) recorded</source>
        <translation>
            <numerusform>%n outcome recorded</numerusform>
            <numerusform>%n outcomes recorded</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1 in %2 to %3.</source>
        <translation>Exported %1 in %2 to %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message>
        <source>Applied %1 (workstation %2): %3, %4, %5, %6, %7</source>
        <translation>Applied %1 (workstation %2): %3, %4, %5, %6, %7</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) written</source>
        <translation>
            <numerusform>%n change written</numerusform>
            <numerusform>%n changes written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already here</source>
        <translation>
            <numerusform>%n already here</numerusform>
            <numerusform>%n already here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older than here</source>
        <translation>
            <numerusform>%n older than here</numerusform>
            <numerusform>%n older than here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 from %2: %3, %4; %5, %6, %7; %8.</source>
        <translation>Imported %1 from %2: %3, %4; %5, %6, %7; %8.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) logged</source>
        <translation>
            <numerusform>%n conflict logged</numerusform>
            <numerusform>%n conflicts logged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already applied</source>
        <translation>
            <numerusform>%n file already applied</numerusform>
            <numerusform>%n files already applied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused</source>
        <translation>
            <numerusform>%n file refused</numerusform>
            <numerusform>%n files refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) waiting</source>
        <translation>
            <numerusform>%n file waiting</numerusform>
            <numerusform>%n files waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting for rows not yet received</source>
        <translation>
            <numerusform>%n change waiting for rows not yet received</numerusform>
            <numerusform>%n changes waiting for rows not yet received</numerusform>
        </translation>
    </message>
    <message>
        <source>From workstation %1 %2: %3, %4, up to %5, last %6</source>
        <translation>From workstation %1 %2: %3, %4, up to %5, last %6</translation>
    </message>
    <message>
        <source>Sent again to %1: %2; %3, %4.</source>
        <translation>Sent again to %1: %2; %3, %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n already there</numerusform>
            <numerusform>%n already there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without an intact copy here</source>
        <translation>
            <numerusform>%n without an intact copy here</numerusform>
            <numerusform>%n without an intact copy here</numerusform>
        </translation>
    </message>
    <message>
        <source>Open data of %1: %2, %3 kg of food.</source>
        <translation>Open data of %1: %2, %3 kg of food.</translation>
    </message>
    <message numerus="yes">
        <source>%n comune(s)</source>
        <translation>
            <numerusform>%n comune</numerusform>
            <numerusform>%n comuni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n distribution(s)</source>
        <translation>
            <numerusform>%n distribution</numerusform>
            <numerusform>%n distributions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reimbursement window closed (art. 39, two years): %n attestato(s) for %1 will tell the employer it is too late to claim:</source>
        <translation>
            <numerusform>Reimbursement window closed (art. 39, two years): %n attestato for %1 will tell the employer it is too late to claim:</numerusform>
            <numerusform>Reimbursement window closed (art. 39, two years): %n attestati for %1 will tell the employer it is too late to claim:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person-day(s)</source>
        <translation>
            <numerusform>%n person-day</numerusform>
            <numerusform>%n person-days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attestato(s) issued (%1 – %2) in %3 s; PDF files in %4, index %5</source>
        <translation>
            <numerusform>%Ln attestato issued (%1 – %2) in %3 s; PDF files in %4, index %5</numerusform>
            <numerusform>%Ln attestati issued (%1 – %2) in %3 s; PDF files in %4, index %5</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3.</source>
        <translation>%1: %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) read</source>
        <translation>
            <numerusform>%n line read</numerusform>
            <numerusform>%n lines read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n volunteer(s) added</source>
        <translation>
            <numerusform>%n volunteer added</numerusform>
            <numerusform>%n volunteers added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) added</source>
        <translation>
            <numerusform>%n organisation added</numerusform>
            <numerusform>%n organisations added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) updated</source>
        <translation>
            <numerusform>%n organisation updated</numerusform>
            <numerusform>%n organisations updated</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n person-day(s) added</source>
        <translation>
            <numerusform>%n person-day added</numerusform>
            <numerusform>%n person-days added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vehicle(s) added</source>
        <translation>
            <numerusform>%n vehicle added</numerusform>
            <numerusform>%n vehicles added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of equipment added</source>
        <translation>
            <numerusform>%n piece of equipment added</numerusform>
            <numerusform>%n pieces of equipment added</numerusform>
        </translation>
    </message>
    <message>
        <source>Only this event (its id), for reports of one event (room-diary, sitrep).</source>
        <translation>Only this event (its id), for reports of one event (room-diary, sitrep).</translation>
    </message>
    <message>
        <source>Only the comuni of this zona omogenea, for reports by comune (emergency-plans).</source>
        <translation>Only the comuni of this zona omogenea, for reports by comune (emergency-plans).</translation>
    </message>
    <message>
        <source>Only this organisation (its id), e.g. renewal-activity.</source>
        <translation>Only this organisation (its id), e.g. renewal-activity.</translation>
    </message>
    <message>
        <source>The year, e.g. renewal-activity.</source>
        <translation>The year, e.g. renewal-activity.</translation>
    </message>
    <message>
        <source>The Colonna Mobile module (its id or name), for departure-checklist.</source>
        <translation>The Colonna Mobile module (its id or name), for departure-checklist.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4.</source>
        <translation>%1: %2, %3, %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) added</source>
        <translation>
            <numerusform>%n plan added</numerusform>
            <numerusform>%n plans added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message>
        <source>Circular %1: %2 and %3 in %4.</source>
        <translation>Circular %1: %2 and %3 in %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n letter</numerusform>
            <numerusform>%n letters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) ready to send</source>
        <translation>
            <numerusform>%n message ready to send</numerusform>
            <numerusform>%n messages ready to send</numerusform>
        </translation>
    </message>
    <message>
        <source>Without PEC, letter only: %1.</source>
        <translation>Without PEC, letter only: %1.</translation>
    </message>
    <message>
        <source>circular: the text of the letter, a UTF-8 file with merge fields such as {comune} and {sindaco}.</source>
        <translation>circular: the text of the letter, a UTF-8 file with merge fields such as {comune} and {sindaco}.</translation>
    </message>
    <message>
        <source>circular: the subject (merge fields allowed).</source>
        <translation>circular: the subject (merge fields allowed).</translation>
    </message>
    <message>
        <source>circular: all the 133 comuni, those of a zona omogenea, or those of an event.</source>
        <translation>circular: all the 133 comuni, those of a zona omogenea, or those of an event.</translation>
    </message>
    <message>
        <source>circular: the event named by {evento}.</source>
        <translation>circular: the event named by {evento}.</translation>
    </message>
    <message>
        <source>circular: the date of the protocol (default: today).</source>
        <translation>circular: the date of the protocol (default: today).</translation>
    </message>
    <message>
        <source>circular: the folder where the circular's own folder of letters and messages is made.</source>
        <translation>circular: the folder where the circular's own folder of letters and messages is made.</translation>
    </message>
    <message>
        <source>circular: writes what a registered circular still lacks (stopped, or a write failed).</source>
        <translation>circular: writes what a registered circular still lacks (stopped, or a write failed).</translation>
    </message>
    <message>
        <source>circulars: csv (default), html, pdf or xlsx.</source>
        <translation>circulars: csv (default), html, pdf or xlsx.</translation>
    </message>
    <message>
        <source>room circular --complete NUMBER takes no other option: the circular is written as it was registered.</source>
        <translation>room circular --complete NUMBER takes no other option: the circular is written as it was registered.</translation>
    </message>
    <message>
        <source>Circular %1 is complete: nothing to write.</source>
        <translation>Circular %1 is complete: nothing to write.</translation>
    </message>
    <message>
        <source>room circular wants --to all, --to zone:NAME (a zona omogenea) or --to event:ID.</source>
        <translation>room circular wants --to all, --to zone:NAME (a zona omogenea) or --to event:ID.</translation>
    </message>
    <message>
        <source>room circular wants --template FILE, --subject TEXT and --output DIR.</source>
        <translation>room circular wants --template FILE, --subject TEXT and --output DIR.</translation>
    </message>
    <message>
        <source>--event wants the number of an event (the same as --to event:ID).</source>
        <translation>--event wants the number of an event (the same as --to event:ID).</translation>
    </message>
    <message>
        <source>--date wants a date (dd/MM/yyyy or yyyy-MM-dd).</source>
        <translation>--date wants a date (dd/MM/yyyy or yyyy-MM-dd).</translation>
    </message>
    <message>
        <source>The circular %1 is in the register without letters: cisiamo room circular --complete %1 writes them.</source>
        <translation>The circular %1 is in the register without letters: cisiamo room circular --complete %1 writes them.</translation>
    </message>
    <message>
        <source>room wants create, invite, join, status, remove, circular or circulars.</source>
        <translation>room wants create, invite, join, status, remove, circular or circulars.</translation>
    </message>
    <message>
        <source>creates the operations room whose key authenticates every sync file, invites a new workstation, joins the room, lists its members or removes one; prepares a circular to the mayors and lists the circulars' sendings</source>
        <translation>creates the operations room whose key authenticates every sync file, invites a new workstation, joins the room, lists its members or removes one; prepares a circular to the mayors and lists the circulars' sendings</translation>
    </message>
    <message>
        <source>The invitation file to write; for circulars, the file of the list (default: standard output).</source>
        <translation>The invitation file to write; for circulars, the file of the list (default: standard output).</translation>
    </message>
    <message>
        <source>training-certificate needs the participant: --participant ID (the number shown in Volontari › Formazione).</source>
        <translation>training-certificate needs the participant: --participant ID (the number shown in Volontari › Formazione).</translation>
    </message>
    <message>
        <source>A certificate is written as pdf or html.</source>
        <translation>A certificate is written as pdf or html.</translation>
    </message>
    <message>
        <source>writes one participant's course certificate, issuing it first when it is not yet</source>
        <translation>writes one participant's course certificate, issuing it first when it is not yet</translation>
    </message>
    <message>
        <source>The participant (its number).</source>
        <translation>The participant (its number).</translation>
    </message>
    <message>
        <source>Day of issue, when it is issued now (default: the edition's last day, or today).</source>
        <translation>Day of issue, when it is issued now (default: the edition's last day, or today).</translation>
    </message>
    <message>
        <source>pdf (default) or html.</source>
        <translation>pdf (default) or html.</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation>Output file.</translation>
    </message>
    <message>
        <source>deployment record takes no argument: use the options.</source>
        <translation>deployment record takes no argument: use the options.</translation>
    </message>
    <message>
        <source>deployment record needs --event, --service, --scope, --requested-by and --from.</source>
        <translation>deployment record needs --event, --service, --scope, --requested-by and --from.</translation>
    </message>
    <message>
        <source>--scope wants province, outside_province or national.</source>
        <translation>--scope wants province, outside_province or national.</translation>
    </message>
    <message>
        <source>There is no module «%1» (give its id or name).</source>
        <translation>There is no module «%1» (give its id or name).</translation>
    </message>
    <message>
        <source>«%1»: the km after the plate are a whole number (PLATE:KM).</source>
        <translation>«%1»: the km after the plate are a whole number (PLATE:KM).</translation>
    </message>
    <message>
        <source>There is no vehicle with the plate «%1».</source>
        <translation>There is no vehicle with the plate «%1».</translation>
    </message>
    <message>
        <source>There is no equipment with the serial number «%1».</source>
        <translation>There is no equipment with the serial number «%1».</translation>
    </message>
    <message>
        <source>Deployment %1 recorded: %2, %3, %4, %5.</source>
        <translation>Deployment %1 recorded: %2, %3, %4, %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n vehicle(s)</source>
        <translation>
            <numerusform>%n vehicle</numerusform>
            <numerusform>%n vehicles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of equipment</source>
        <translation>
            <numerusform>%n piece of equipment</numerusform>
            <numerusform>%n pieces of equipment</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n volunteer(s)</source>
        <translation>
            <numerusform>%n volunteer</numerusform>
            <numerusform>%n volunteers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent though not fit, with the reason given: %n vehicle(s) or piece(s).</source>
        <translation>
            <numerusform>Sent though not fit, with the reason given: %n vehicle or piece.</numerusform>
            <numerusform>Sent though not fit, with the reason given: %n vehicles or pieces.</numerusform>
        </translation>
    </message>
    <message>
        <source>Service of the volunteers' days (name or code).</source>
        <translation>Service of the volunteers' days (name or code).</translation>
    </message>
    <message>
        <source>province, outside_province or national.</source>
        <translation>province, outside_province or national.</translation>
    </message>
    <message>
        <source>The body that asked for the deployment.</source>
        <translation>The body that asked for the deployment.</translation>
    </message>
    <message>
        <source>Module of the Colonna Mobile (id or name); repeat it.</source>
        <translation>Module of the Colonna Mobile (id or name); repeat it.</translation>
    </message>
    <message>
        <source>Vehicle by plate, with the km driven after a colon; repeat it.</source>
        <translation>Vehicle by plate, with the km driven after a colon; repeat it.</translation>
    </message>
    <message>
        <source>Equipment by serial number; repeat it.</source>
        <translation>Equipment by serial number; repeat it.</translation>
    </message>
    <message>
        <source>Volunteer (id or codice fiscale); repeat it.</source>
        <translation>Volunteer (id or codice fiscale); repeat it.</translation>
    </message>
    <message>
        <source>Comune where the deployment goes.</source>
        <translation>Comune where the deployment goes.</translation>
    </message>
    <message>
        <source>Place of the deployment.</source>
        <translation>Place of the deployment.</translation>
    </message>
    <message>
        <source>the equitable allocation of the requests waiting in the database (recorded with --confirm), or a trial on two files (.xlsx or CSV)</source>
        <translation>the equitable allocation of the requests waiting in the database (recorded with --confirm), or a trial on two files (.xlsx or CSV)</translation>
    </message>
    <message>
        <source>Spreadsheet (.xlsx or CSV) of the requests: comune, category, kg.</source>
        <translation>Spreadsheet (.xlsx or CSV) of the requests: comune, category, kg.</translation>
    </message>
    <message>
        <source>Spreadsheet (.xlsx or CSV) of what is available: category, kg.</source>
        <translation>Spreadsheet (.xlsx or CSV) of what is available: category, kg.</translation>
    </message>
    <message>
        <source>imports a spreadsheet (Excel .xlsx or CSV), all or nothing (--dry-run: only check it)</source>
        <translation>imports a spreadsheet (Excel .xlsx or CSV), all or nothing (--dry-run: only check it)</translation>
    </message>
    <message>
        <source>imports volunteers from a spreadsheet (all or nothing)</source>
        <translation>imports volunteers from a spreadsheet (all or nothing)</translation>
    </message>
    <message>
        <source>imports activation days from a spreadsheet (all or nothing)</source>
        <translation>imports activation days from a spreadsheet (all or nothing)</translation>
    </message>
    <message>
        <source>imports volunteer organisations from a spreadsheet (all or nothing; a name on record is updated)</source>
        <translation>imports volunteer organisations from a spreadsheet (all or nothing; a name on record is updated)</translation>
    </message>
    <message>
        <source>Only one --override-reason may be given without vehicle: or equipment:; give the others as --override-reason vehicle:PLATE=TEXT.</source>
        <translation>Only one --override-reason may be given without vehicle: or equipment:; give the others as --override-reason vehicle:PLATE=TEXT.</translation>
    </message>
    <message>
        <source>«%1»: the reason after = is missing.</source>
        <translation>«%1»: the reason after = is missing.</translation>
    </message>
    <message>
        <source>Two reasons for «%1»: give one.</source>
        <translation>Two reasons for «%1»: give one.</translation>
    </message>
    <message>
        <source>«%1» does not go on this deployment: add it with --vehicle or --module, or correct the plate.</source>
        <translation>«%1» does not go on this deployment: add it with --vehicle or --module, or correct the plate.</translation>
    </message>
    <message>
        <source>«%1» does not go on this deployment: add it with --equipment or --module, or correct the serial number.</source>
        <translation>«%1» does not go on this deployment: add it with --equipment or --module, or correct the serial number.</translation>
    </message>
    <message numerus="yes">
        <source>One --override-reason for %n lines not fit (%1): give each its own, e.g. --override-reason vehicle:PLATE=TEXT or equipment:SERIAL=TEXT.</source>
        <translation>
            <numerusform>One --override-reason for %n line not fit (%1): give each its own, e.g. --override-reason vehicle:PLATE=TEXT or equipment:SERIAL=TEXT.</numerusform>
            <numerusform>One --override-reason for %n lines not fit (%1): give each its own, e.g. --override-reason vehicle:PLATE=TEXT or equipment:SERIAL=TEXT.</numerusform>
        </translation>
    </message>
    <message>
        <source>deployment void takes the number of the deployment: deployment void N --reason TEXT.</source>
        <translation>deployment void takes the number of the deployment: deployment void N --reason TEXT.</translation>
    </message>
    <message>
        <source>deployment void needs --reason: it stays with the deployment.</source>
        <translation>deployment void needs --reason: it stays with the deployment.</translation>
    </message>
    <message>
        <source>Deployment %1 voided: %2 withdrawn from the odometers; volunteer days reversed: %3.</source>
        <translation>Deployment %1 voided: %2 withdrawn from the odometers; volunteer days reversed: %3.</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>deployment correct takes the number of the deployment: deployment correct N --vehicle PLATE:KM... --reason TEXT.</source>
        <translation>deployment correct takes the number of the deployment: deployment correct N --vehicle PLATE:KM... --reason TEXT.</translation>
    </message>
    <message>
        <source>deployment correct needs --reason: it stays with the deployment.</source>
        <translation>deployment correct needs --reason: it stays with the deployment.</translation>
    </message>
    <message>
        <source>deployment correct needs --vehicle PLATE:KM, once for each vehicle to correct.</source>
        <translation>deployment correct needs --vehicle PLATE:KM, once for each vehicle to correct.</translation>
    </message>
    <message>
        <source>«%1»: write the plate and the right km after a colon (PLATE:KM).</source>
        <translation>«%1»: write the plate and the right km after a colon (PLATE:KM).</translation>
    </message>
    <message>
        <source>Deployment %1 corrected: %2, from %3 to %4 km.</source>
        <translation>Deployment %1 corrected: %2, from %3 to %4 km.</translation>
    </message>
    <message>
        <source>Why a vehicle or piece not fit (out of service, revision due...) goes anyway: vehicle:PLATE=TEXT or equipment:SERIAL=TEXT for each, or TEXT alone for the only one.</source>
        <translation>Why a vehicle or piece not fit (out of service, revision due...) goes anyway: vehicle:PLATE=TEXT or equipment:SERIAL=TEXT for each, or TEXT alone for the only one.</translation>
    </message>
    <message>
        <source>imports Colonna Mobile vehicles from a spreadsheet (all or nothing; a plate on record is updated)</source>
        <translation>imports Colonna Mobile vehicles from a spreadsheet (all or nothing; a plate on record is updated)</translation>
    </message>
    <message>
        <source>imports Colonna Mobile equipment from a spreadsheet (all or nothing; a serial number on record is updated)</source>
        <translation>imports Colonna Mobile equipment from a spreadsheet (all or nothing; a serial number on record is updated)</translation>
    </message>
    <message>
        <source>imports the states of the comuni's emergency plans from a spreadsheet (all or nothing; one line per comune)</source>
        <translation>imports the states of the comuni's emergency plans from a spreadsheet (all or nothing; one line per comune)</translation>
    </message>
    <message>
        <source>The sheet of an Excel workbook to read (default: the first visible one).</source>
        <translation>The sheet of an Excel workbook to read (default: the first visible one).</translation>
    </message>
    <message>
        <source>--sheet wants the name of a sheet of the workbook.</source>
        <translation>--sheet wants the name of a sheet of the workbook.</translation>
    </message>
    <message>
        <source>deployment %1 wants the number of the deployment, e.g. IMP-2026-0012 (the first column of «report deployments»).</source>
        <translation>deployment %1 wants the number of the deployment, e.g. IMP-2026-0012 (the first column of «report deployments»).</translation>
    </message>
    <message>
        <source>deployment withdraw takes the number of the deployment and one of --vehicle PLATE, --equipment SERIAL or --volunteer V, with --reason TEXT.</source>
        <translation>deployment withdraw takes the number of the deployment and one of --vehicle PLATE, --equipment SERIAL or --volunteer V, with --reason TEXT.</translation>
    </message>
    <message>
        <source>deployment withdraw needs --reason: it stays with the deployment.</source>
        <translation>deployment withdraw needs --reason: it stays with the deployment.</translation>
    </message>
    <message>
        <source>%1 withdrawn from deployment %2: %3 withdrawn from the odometer; volunteer days reversed: %4.</source>
        <translation>%1 withdrawn from deployment %2: %3 withdrawn from the odometer; volunteer days reversed: %4.</translation>
    </message>
    <message>
        <source>deployment wants record, void, correct or withdraw (the list is «report deployments»).</source>
        <translation>deployment wants record, void, correct or withdraw (the list is «report deployments»).</translation>
    </message>
    <message>
        <source>records a deployment of the Colonna Mobile (modules, vehicles, equipment, volunteers), voids one, corrects its km or withdraws what was recorded on it by mistake</source>
        <translation>records a deployment of the Colonna Mobile (modules, vehicles, equipment, volunteers), voids one, corrects its km or withdraws what was recorded on it by mistake</translation>
    </message>
    <message>
        <source>Why the deployment is voided or corrected, or a line withdrawn.</source>
        <translation>Why the deployment is voided or corrected, or a line withdrawn.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>workstation %1%2, %3</source>
        <translation>workstation %1%2, %3</translation>
    </message>
    <message>
        <source>Workstation %1</source>
        <translation>Workstation %1</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>To review</translation>
    </message>
    <message>
        <source>Edited on two workstations</source>
        <translation>Edited on two workstations</translation>
    </message>
    <message>
        <source>Edited and deleted</source>
        <translation>Edited and deleted</translation>
    </message>
    <message>
        <source>Deleted, then put back</source>
        <translation>Deleted, then put back</translation>
    </message>
    <message>
        <source>Deletion not applied</source>
        <translation>Deletion not applied</translation>
    </message>
    <message>
        <source>Register entry differs</source>
        <translation>Register entry differs</translation>
    </message>
    <message>
        <source>%1, record %2</source>
        <translation>%1, record %2</translation>
    </message>
    <message>
        <source>%1 was changed on two workstations before they could exchange their data. The latest change was kept (%2); the other (%3) was discarded. Its values are below.</source>
        <translation>%1 was changed on two workstations before they could exchange their data. The latest change was kept (%2); the other (%3) was discarded. Its values are below.</translation>
    </message>
    <message>
        <source>%1 was deleted (%3), but it had been changed later (%2): the record was kept.</source>
        <translation>%1 was deleted (%3), but it had been changed later (%2): the record was kept.</translation>
    </message>
    <message>
        <source>%1 was deleted (%2) after a change made elsewhere (%3): the deletion was kept and the changed values are below.</source>
        <translation>%1 was deleted (%2) after a change made elsewhere (%3): the deletion was kept and the changed values are below.</translation>
    </message>
    <message>
        <source>%1 had been deleted (%3) but a later change put it back (%2).</source>
        <translation>%1 had been deleted (%3) but a later change put it back (%2).</translation>
    </message>
    <message>
        <source>The deletion of %1 (%3) was not applied here: other records on this workstation still refer to it. It was kept, and sent back to every workstation.</source>
        <translation>The deletion of %1 (%3) was not applied here: other records on this workstation still refer to it. It was kept, and sent back to every workstation.</translation>
    </message>
    <message>
        <source>%1 is a register entry, which is never rewritten: the one from %3 differs from the one here, which was kept (%2). Check which is right and correct it with a new entry.</source>
        <translation>%1 is a register entry, which is never rewritten: the one from %3 differs from the one here, which was kept (%2). Check which is right and correct it with a new entry.</translation>
    </message>
    <message>
        <source>Settled by %1 on %2.</source>
        <translation>Settled by %1 on %2.</translation>
    </message>
    <message>
        <source>Synchronisation conflicts</source>
        <translation>Synchronisation conflicts</translation>
    </message>
    <message>
        <source>All, including reviewed</source>
        <translation>All, including reviewed</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Detected</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Discarded</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Tick the discarded values to restore; leave the others as they are.</source>
        <translation>Tick the discarded values to restore; leave the others as they are.</translation>
    </message>
    <message>
        <source>&amp;Keep what was kept</source>
        <translation>&amp;Keep what was kept</translation>
    </message>
    <message>
        <source>Mark the conflict as reviewed: the data stays as it is.</source>
        <translation>Mark the conflict as reviewed: the data stays as it is.</translation>
    </message>
    <message>
        <source>&amp;Restore the discarded values</source>
        <translation>&amp;Restore the discarded values</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>When two workstations change the same data before exchanging it, the latest change is kept everywhere and the other is listed here, so that nothing is lost without you knowing.</source>
        <translation>When two workstations change the same data before exchanging it, the latest change is kept everywhere and the other is listed here, so that nothing is lost without you knowing.</translation>
    </message>
    <message>
        <source>No conflicts to review.</source>
        <translation>No conflicts to review.</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>No conflicts.</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <source>&amp;Delete the record after all</source>
        <translation>&amp;Delete the record after all</translation>
    </message>
    <message>
        <source>&amp;Put the record back</source>
        <translation>&amp;Put the record back</translation>
    </message>
    <message>
        <source>&amp;Restore the ticked values</source>
        <translation>&amp;Restore the ticked values</translation>
    </message>
    <message>
        <source>Tick at least one value to restore.</source>
        <translation>Tick at least one value to restore.</translation>
    </message>
    <message>
        <source>Delete this record on every workstation?</source>
        <translation>Delete this record on every workstation?</translation>
    </message>
    <message>
        <source>Put this record back on every workstation?</source>
        <translation>Put this record back on every workstation?</translation>
    </message>
    <message>
        <source>Restore the ticked values on every workstation?</source>
        <translation>Restore the ticked values on every workstation?</translation>
    </message>
    <message>
        <source>%1, «%2» (record %3)</source>
        <translation>%1, «%2» (record %3)</translation>
    </message>
    <message>
        <source>Kept value (now in the data)</source>
        <translation>Kept value (now in the data)</translation>
    </message>
    <message>
        <source>Discarded value</source>
        <translation>Discarded value</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflict</numerusform>
            <numerusform>%Ln conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the conflict…</source>
        <translation>Reading the conflict…</translation>
    </message>
    <message>
        <source>%1 was loaded or delivered on one workstation (%2) and cancelled on another (%3) before they exchanged their data. The goods had left: the delivery stays loaded or delivered and the cancellation was set aside. Check with the recipient.</source>
        <translation>%1 was loaded or delivered on one workstation (%2) and cancelled on another (%3) before they exchanged their data. The goods had left: the delivery stays loaded or delivered and the cancellation was set aside. Check with the recipient.</translation>
    </message>
    <message>
        <source>%1 was returned on two workstations (%2 and %3). Its goods came back once: the second return was reversed in the stock, and the first one counts.</source>
        <translation>%1 was returned on two workstations (%2 and %3). Its goods came back once: the second return was reversed in the stock, and the first one counts.</translation>
    </message>
    <message>
        <source>%1 was cancelled on one workstation while its goods were loaded or delivered on another: the request follows its deliveries. Cancel it again if it must be closed.</source>
        <translation>%1 was cancelled on one workstation while its goods were loaded or delivered on another: the request follows its deliveries. Cancel it again if it must be closed.</translation>
    </message>
    <message>
        <source>%1 certifies days already certified by an attestato issued earlier on another workstation (%2). It is void (%3): it is not printed again nor sent to the region, and the days only it certified are to be certified again.</source>
        <translation>%1 certifies days already certified by an attestato issued earlier on another workstation (%2). It is void (%3): it is not printed again nor sent to the region, and the days only it certified are to be certified again.</translation>
    </message>
    <message>
        <source>%1: the volunteer was recorded on the same day in two services, on two workstations (%2 and %3). Void the wrong day in the activation ledger.</source>
        <translation>%1: the volunteer was recorded on the same day in two services, on two workstations (%2 and %3). Void the wrong day in the activation ledger.</translation>
    </message>
    <message>
        <source>%1: the pupil was booked in the same hour with two assistants, on two workstations (%2 and %3). Cancel one of the two lessons.</source>
        <translation>%1: the pupil was booked in the same hour with two assistants, on two workstations (%2 and %3). Cancel one of the two lessons.</translation>
    </message>
    <message>
        <source>%1: two workstations recorded operations that cannot both stand; the merge kept %2 and set aside %3.</source>
        <translation>%1: two workstations recorded operations that cannot both stand; the merge kept %2 and set aside %3.</translation>
    </message>
    <message>
        <source>%1 was loaded on two workstations (%2 and %3): its goods were issued twice. They left once: the second load was reversed in the stock, and the first one counts. Check that the goods on the vehicle are those of one load.</source>
        <translation>%1 was loaded on two workstations (%2 and %3): its goods were issued twice. They left once: the second load was reversed in the stock, and the first one counts. Check that the goods on the vehicle are those of one load.</translation>
    </message>
    <message>
        <source>the key it had before the merge</source>
        <translation>the key it had before the merge</translation>
    </message>
    <message>
        <source>The merge of %1 was undone on two workstations before they could exchange their data, with different choices for the record brought back. The first undo (%2) gave it %3, which every workstation keeps; the other undo (%4) had chosen %5, which was set aside. Check which is right, and correct the record if it is the other.</source>
        <translation>The merge of %1 was undone on two workstations before they could exchange their data, with different choices for the record brought back. The first undo (%2) gave it %3, which every workstation keeps; the other undo (%4) had chosen %5, which was set aside. Check which is right, and correct the record if it is the other.</translation>
    </message>
</context>
<context>
    <name>CoreTableTitles</name>
    <message>
        <source>Comuni of Italy</source>
        <translation>Comuni of Italy</translation>
    </message>
    <message>
        <source>Comuni: details and contacts</source>
        <translation>Comuni: details and contacts</translation>
    </message>
    <message>
        <source>Comuni: other names</source>
        <translation>Comuni: other names</translation>
    </message>
    <message>
        <source>Reference places</source>
        <translation>Reference places</translation>
    </message>
    <message>
        <source>Goods categories</source>
        <translation>Goods categories</translation>
    </message>
    <message>
        <source>Volunteer services</source>
        <translation>Volunteer services</translation>
    </message>
    <message>
        <source>Study support subjects</source>
        <translation>Study support subjects</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Schools</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Operator accounts</source>
        <translation>Operator accounts</translation>
    </message>
    <message>
        <source>Protected data keys</source>
        <translation>Protected data keys</translation>
    </message>
    <message>
        <source>Access to protected data</source>
        <translation>Access to protected data</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>Imported files</translation>
    </message>
    <message>
        <source>Room members</source>
        <translation>Room members</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Account created</translation>
    </message>
    <message>
        <source>Account changed</source>
        <translation>Account changed</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <source>Data key given</source>
        <translation>Data key given</translation>
    </message>
    <message>
        <source>Sign-in lockout cleared</source>
        <translation>Sign-in lockout cleared</translation>
    </message>
    <message>
        <source>Workstation number set</source>
        <translation>Workstation number set</translation>
    </message>
    <message>
        <source>Operations room created</source>
        <translation>Operations room created</translation>
    </message>
    <message>
        <source>Workstation joined the room</source>
        <translation>Workstation joined the room</translation>
    </message>
    <message>
        <source>Workstation removed from the room</source>
        <translation>Workstation removed from the room</translation>
    </message>
    <message>
        <source>Invitation written</source>
        <translation>Invitation written</translation>
    </message>
    <message>
        <source>Comune details saved</source>
        <translation>Comune details saved</translation>
    </message>
    <message>
        <source>Synchronisation conflicts</source>
        <translation>Synchronisation conflicts</translation>
    </message>
    <message>
        <source>Reviews of synchronisation conflicts</source>
        <translation>Reviews of synchronisation conflicts</translation>
    </message>
    <message>
        <source>Records merged</source>
        <translation>Records merged</translation>
    </message>
    <message>
        <source>Merges undone</source>
        <translation>Merges undone</translation>
    </message>
    <message>
        <source>Merge undone</source>
        <translation>Merge undone</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Changes recorded today</source>
        <translation>Changes recorded today</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <source>operator: %1</source>
        <translation>operator: %1</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message numerus="yes">
        <source>by %Ln operator(s)</source>
        <translation>
            <numerusform>by %Ln operator</numerusform>
            <numerusform>by %Ln operators</numerusform>
        </translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Open %1</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>The figures could not be read: %1</translation>
    </message>
    <message>
        <source>Updating the figures…</source>
        <translation>Updating the figures…</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Reading the figures…</translation>
    </message>
</context>
<context>
    <name>DatabaseCheckDialog</name>
    <message>
        <source>Database check</source>
        <translation>Database check</translation>
    </message>
    <message>
        <source>Checking the database: integrity and references. On a database of several years this takes a few minutes; you can go on working meanwhile.</source>
        <translation>Checking the database: integrity and references. On a database of several years this takes a few minutes; you can go on working meanwhile.</translation>
    </message>
    <message>
        <source>The database is intact: integrity and references are correct.</source>
        <translation>The database is intact: integrity and references are correct.</translation>
    </message>
    <message>
        <source>&lt;b style='color:#b71c1c'&gt;The database has problems.&lt;/b&gt; Make a backup and call for technical help.&lt;br&gt;&lt;br&gt;%1</source>
        <translation>&lt;b style='color:#b71c1c'&gt;The database has problems.&lt;/b&gt; Make a backup and call for technical help.&lt;br&gt;&lt;br&gt;%1</translation>
    </message>
</context>
<context>
    <name>DatabaseRecovery</name>
    <message>
        <source>Damaged database</source>
        <translation>Damaged database</translation>
    </message>
    <message>
        <source>Database restored</source>
        <translation>Database restored</translation>
    </message>
    <message>
        <source>The database was restored from the backup of %1. The damaged file was kept as %2.</source>
        <translation>The database was restored from the backup of %1. The damaged file was kept as %2.</translation>
    </message>
    <message>
        <source>New ids and document numbers start after those this workstation already sent to the sync folder.</source>
        <translation>New ids and document numbers start after those this workstation already sent to the sync folder.</translation>
    </message>
    <message>
        <source>The sync folder cannot be reached: new ids and document numbers were moved past those of the restored database plus a safety margin.</source>
        <translation>The sync folder cannot be reached: new ids and document numbers were moved past those of the restored database plus a safety margin.</translation>
    </message>
</context>
<context>
    <name>FirstStartPanel</name>
    <message>
        <source>These steps prepare the room for work. Each one is ticked by itself as soon as what it asks for is in the database.</source>
        <translation>These steps prepare the room for work. Each one is ticked by itself as soon as what it asks for is in the database.</translation>
    </message>
    <message>
        <source>&amp;Workstation...</source>
        <translation>&amp;Workstation...</translation>
    </message>
    <message>
        <source>Operators and &amp;roles...</source>
        <translation>Operators and &amp;roles...</translation>
    </message>
    <message>
        <source>Starter &amp;catalogue...</source>
        <translation>Starter &amp;catalogue...</translation>
    </message>
    <message>
        <source>&amp;New organisation...</source>
        <translation>&amp;New organisation...</translation>
    </message>
    <message>
        <source>Operations r&amp;oom...</source>
        <translation>Operations r&amp;oom...</translation>
    </message>
    <message>
        <source>Your role cannot do this step: ask the administrator.</source>
        <translation>Your role cannot do this step: ask the administrator.</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>This workstation</translation>
    </message>
    <message>
        <source>Number %1, «%2».</source>
        <translation>Number %1, «%2».</translation>
    </message>
    <message>
        <source>Number %1, without a name. Give it a name (Sala operativa 1, Magazzino...) and check the number: every workstation that shares data needs its own.</source>
        <translation>Number %1, without a name. Give it a name (Sala operativa 1, Magazzino...) and check the number: every workstation that shares data needs its own.</translation>
    </message>
    <message>
        <source>Accounts for the room's people</source>
        <translation>Accounts for the room's people</translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s) besides the administrator.</source>
        <translation>
            <numerusform>%Ln account besides the administrator.</numerusform>
            <numerusform>%Ln accounts besides the administrator.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the administrator so far. Create an account for every operator, coordinator and psychologist: each person signs in with their own.</source>
        <translation>Only the administrator so far. Create an account for every operator, coordinator and psychologist: each person signs in with their own.</translation>
    </message>
    <message>
        <source>Starter catalogue</source>
        <translation>Starter catalogue</translation>
    </message>
    <message numerus="yes">
        <source>%Ln active item(s) in the catalogue.</source>
        <translation>
            <numerusform>%Ln active item in the catalogue.</numerusform>
            <numerusform>%Ln active items in the catalogue.</numerusform>
        </translation>
    </message>
    <message>
        <source>No items in the warehouse yet. Start from the proposed catalogue (the six food categories, protective equipment and kits) and choose what to create.</source>
        <translation>No items in the warehouse yet. Start from the proposed catalogue (the six food categories, protective equipment and kits) and choose what to create.</translation>
    </message>
    <message>
        <source>Volunteer organisations</source>
        <translation>Volunteer organisations</translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisation(s) on record.</source>
        <translation>
            <numerusform>%Ln organisation on record.</numerusform>
            <numerusform>%Ln organisations on record.</numerusform>
        </translation>
    </message>
    <message>
        <source>No organisations yet. Import the list of the 117 organisations from a spreadsheet saved as CSV, or enter them one by one.</source>
        <translation>No organisations yet. Import the list of the 117 organisations from a spreadsheet saved as CSV, or enter them one by one.</translation>
    </message>
    <message>
        <source>Operations room (optional)</source>
        <translation>Operations room (optional)</translation>
    </message>
    <message>
        <source>This workstation belongs to the room «%1».</source>
        <translation>This workstation belongs to the room «%1».</translation>
    </message>
    <message>
        <source>This workstation shares its data with no other. On the room's first workstation create the room; the other workstations join it at their first start with an invitation.</source>
        <translation>This workstation shares its data with no other. On the room's first workstation create the room; the other workstations join it at their first start with an invitation.</translation>
    </message>
    <message>
        <source>The room is ready</source>
        <translation>The room is ready</translation>
    </message>
    <message>
        <source>First steps</source>
        <translation>First steps</translation>
    </message>
    <message>
        <source>&amp;Close the guide</source>
        <translation>&amp;Close the guide</translation>
    </message>
    <message>
        <source>&amp;Hide the guide</source>
        <translation>&amp;Hide the guide</translation>
    </message>
    <message>
        <source>Step %1: done</source>
        <translation>Step %1: done</translation>
    </message>
    <message>
        <source>Step %1: to do</source>
        <translation>Step %1: to do</translation>
    </message>
    <message>
        <source>No items in the warehouse yet</source>
        <translation>No items in the warehouse yet</translation>
    </message>
    <message>
        <source>No volunteer organisations yet</source>
        <translation>No volunteer organisations yet</translation>
    </message>
    <message>
        <source>start from the first-start guide</source>
        <translation>start from the first-start guide</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) created in the catalogue (Warehouse › Master data).</source>
        <translation>
            <numerusform>%Ln item created in the catalogue (Warehouse › Master data).</numerusform>
            <numerusform>%Ln items created in the catalogue (Warehouse › Master data).</numerusform>
        </translation>
    </message>
    <message>
        <source>Steps done: %1 of %2</source>
        <translation>Steps done: %1 of %2</translation>
    </message>
    <message>
        <source>&amp;Import from a spreadsheet...</source>
        <translation>&amp;Import from a spreadsheet...</translation>
    </message>
</context>
<context>
    <name>GlobalSearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Volunteer, codice fiscale, DDT, request, pupil, comune...</source>
        <translation>Volunteer, codice fiscale, DDT, request, pupil, comune...</translation>
    </message>
    <message>
        <source>Search everywhere</source>
        <translation>Search everywhere</translation>
    </message>
    <message>
        <source>Records found</source>
        <translation>Records found</translation>
    </message>
    <message>
        <source>Type at least two characters.</source>
        <translation>Type at least two characters.</translation>
    </message>
    <message>
        <source>Nothing found for «%1».</source>
        <translation>Nothing found for «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) found. Enter opens the highlighted one.</source>
        <translation>
            <numerusform>%Ln record found. Enter opens the highlighted one.</numerusform>
            <numerusform>%Ln records found. Enter opens the highlighted one.</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>The search failed: %1</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Ci siAMO! user guide</source>
        <translation>Ci siAMO! user guide</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Print...</translation>
    </message>
    <message>
        <source>Print the user guide</source>
        <translation>Print the user guide</translation>
    </message>
</context>
<context>
    <name>JoinRoomDialog</name>
    <message>
        <source>Join an operations room</source>
        <translation>Join an operations room</translation>
    </message>
    <message>
        <source>A workstation already in the room writes an invitation (cisiamo room invite --out FILE) protected by a passphrase. Choose it here: this workstation's database is created from it, with the room's data and accounts and its own number.</source>
        <translation>A workstation already in the room writes an invitation (cisiamo room invite --out FILE) protected by a passphrase. Choose it here: this workstation's database is created from it, with the room's data and accounts and its own number.</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Browse...</translation>
    </message>
    <message>
        <source>&amp;Invitation:</source>
        <translation>&amp;Invitation:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Workstation &amp;number:</source>
        <translation>Workstation &amp;number:</translation>
    </message>
    <message>
        <source>e.g. Magazzino, Sala radio</source>
        <translation>e.g. Magazzino, Sala radio</translation>
    </message>
    <message>
        <source>Workstation n&amp;ame:</source>
        <translation>Workstation n&amp;ame:</translation>
    </message>
    <message>
        <source>New database:</source>
        <translation>New database:</translation>
    </message>
    <message>
        <source>The number must not be used by any other workstation of the room: ask the coordinator. Nobody signs in here: the accounts are those of the room.</source>
        <translation>The number must not be used by any other workstation of the room: ask the coordinator. Nobody signs in here: the accounts are those of the room.</translation>
    </message>
    <message>
        <source>&amp;Join the room</source>
        <translation>&amp;Join the room</translation>
    </message>
    <message>
        <source>Choose the invitation</source>
        <translation>Choose the invitation</translation>
    </message>
    <message>
        <source>Invitations (*.cisinvite);;All files (*)</source>
        <translation>Invitations (*.cisinvite);;All files (*)</translation>
    </message>
    <message>
        <source>Choose the invitation file.</source>
        <translation>Choose the invitation file.</translation>
    </message>
    <message>
        <source>This workstation (number %1) is now in the room «%2», invited by workstation %3. Sign in with your account of the room, then set the sync folder in Settings.</source>
        <translation>This workstation (number %1) is now in the room «%2», invited by workstation %3. Sign in with your account of the room, then set the sync folder in Settings.</translation>
    </message>
    <message>
        <source>the .cisinvite file received</source>
        <translation>the .cisinvite file received</translation>
    </message>
    <message>
        <source>choose</source>
        <translation>choose</translation>
    </message>
    <message>
        <source>Give this workstation's number: ask the coordinator which one is free.</source>
        <translation>Give this workstation's number: ask the coordinator which one is free.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ci siAMO! · CCV-MI operations room</source>
        <translation>Ci siAMO! · CCV-MI operations room</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Operator: %1</source>
        <translation>Operator: %1</translation>
    </message>
    <message>
        <source>Workstation %1</source>
        <translation>Workstation %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open database...</source>
        <translation>&amp;Open database...</translation>
    </message>
    <message>
        <source>Change &amp;operator...</source>
        <translation>Change &amp;operator...</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Settings...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>&amp;Reports...</source>
        <translation>&amp;Reports...</translation>
    </message>
    <message>
        <source>&amp;Synchronisation</source>
        <translation>&amp;Synchronisation</translation>
    </message>
    <message>
        <source>Sync &amp;folder...</source>
        <translation>Sync &amp;folder...</translation>
    </message>
    <message>
        <source>&amp;Back up the database...</source>
        <translation>&amp;Back up the database...</translation>
    </message>
    <message>
        <source>&amp;Check the database</source>
        <translation>&amp;Check the database</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Ci siAMO!</source>
        <translation>&amp;About Ci siAMO!</translation>
    </message>
    <message>
        <source>Reference &amp;data and licences</source>
        <translation>Reference &amp;data and licences</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>Databases (*.sqlite *.db);;All files (*)</source>
        <translation>Databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Open %1 now?</source>
        <translation>Open %1 now?</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <source>Databases (*.sqlite)</source>
        <translation>Databases (*.sqlite)</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>A consistent copy of the database was written to %1.</source>
        <translation>A consistent copy of the database was written to %1.</translation>
    </message>
    <message>
        <source>About Ci siAMO!</source>
        <translation>About Ci siAMO!</translation>
    </message>
    <message>
        <source>Reference data and licences</source>
        <translation>Reference data and licences</translation>
    </message>
    <message>
        <source>Municipal boundaries: ISTAT, processed by openpolis (CC BY 4.0).
Residents: ANPR register, Ministero dell'Interno (CC0).
List of Italian comuni: ISTAT (CC BY) and Wikidata (CC0), via Comuni-ITA (MIT).
Town hall contacts: IndicePA.</source>
        <translation>Municipal boundaries: ISTAT, processed by openpolis (CC BY 4.0).
Residents: ANPR register, Ministero dell'Interno (CC0).
List of Italian comuni: ISTAT (CC BY) and Wikidata (CC0), via Comuni-ITA (MIT).
Town hall contacts: IndicePA.</translation>
    </message>
    <message>
        <source>Synchronise &amp;now</source>
        <translation>Synchronise &amp;now</translation>
    </message>
    <message>
        <source>Synchronisation &amp;status...</source>
        <translation>Synchronisation &amp;status...</translation>
    </message>
    <message>
        <source>&amp;Conflicts to review...</source>
        <translation>&amp;Conflicts to review...</translation>
    </message>
    <message>
        <source>Open the open &amp;data folder</source>
        <translation>Open the open &amp;data folder</translation>
    </message>
    <message>
        <source>Automatic backup &amp;now</source>
        <translation>Automatic backup &amp;now</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup...</source>
        <translation>&amp;Restore from a backup...</translation>
    </message>
    <message>
        <source>Automatic backup written: %1</source>
        <translation>Automatic backup written: %1</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>The automatic backup failed: %1</translation>
    </message>
    <message>
        <source>&amp;Conflicts to review (%1)...</source>
        <translation>&amp;Conflicts to review (%1)...</translation>
    </message>
    <message>
        <source>Open data</source>
        <translation>Open data</translation>
    </message>
    <message>
        <source>The open data files are in %1.</source>
        <translation>The open data files are in %1.</translation>
    </message>
    <message>
        <source>Writing an automatic backup...</source>
        <translation>Writing an automatic backup...</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Databases (*.sqlite *.db)</source>
        <translation>Databases (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Replace the database with the backup %1?

The current file is not deleted: it is kept aside with the time in its name. Changes made after the backup and already sent to the other workstations come back with the next synchronisation; the others are only in the file kept aside.</source>
        <translation>Replace the database with the backup %1?

The current file is not deleted: it is kept aside with the time in its name. Changes made after the backup and already sent to the other workstations come back with the next synchronisation; the others are only in the file kept aside.</translation>
    </message>
    <message>
        <source>Sending the latest changes to the sync folder...</source>
        <translation>Sending the latest changes to the sync folder...</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Open %1</translation>
    </message>
    <message>
        <source>&amp;Lock the workstation</source>
        <translation>&amp;Lock the workstation</translation>
    </message>
    <message>
        <source>Change pass&amp;word...</source>
        <translation>Change pass&amp;word...</translation>
    </message>
    <message>
        <source>Operators and &amp;roles...</source>
        <translation>Operators and &amp;roles...</translation>
    </message>
    <message>
        <source>&amp;Audit log...</source>
        <translation>&amp;Audit log...</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Not allowed</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>Your password has been changed.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ci siAMO! %1&lt;/h3&gt;&lt;p&gt;The operations room of the CCV-MI, the coordination of the civil-protection volunteer organisations of the Città metropolitana di Milano, at the Idroscalo.&lt;/p&gt;&lt;p&gt;Stock, deliveries, volunteers, study support, the listening line: it works offline and keeps every change.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ci siAMO! %1&lt;/h3&gt;&lt;p&gt;The operations room of the CCV-MI, the coordination of the civil-protection volunteer organisations of the Città metropolitana di Milano, at the Idroscalo.&lt;/p&gt;&lt;p&gt;Stock, deliveries, volunteers, study support, the listening line: it works offline and keeps every change.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>the folder of %1 cannot be written</source>
        <translation>the folder of %1 cannot be written</translation>
    </message>
    <message>
        <source>the file %1 cannot be written</source>
        <translation>the file %1 cannot be written</translation>
    </message>
    <message>
        <source>The database is open read-only because %1. You can look and print; changes are refused. To work normally, ask for write access to it or copy it to a folder of yours.</source>
        <translation>The database is open read-only because %1. You can look and print; changes are refused. To work normally, ask for write access to it or copy it to a folder of yours.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>&amp;Search...</source>
        <translation>&amp;Search...</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;First-start guide</source>
        <translation>&amp;First-start guide</translation>
    </message>
    <message>
        <source>&amp;Technical log</source>
        <translation>&amp;Technical log</translation>
    </message>
    <message>
        <source>To &amp;reconcile...</source>
        <translation>To &amp;reconcile...</translation>
    </message>
</context>
<context>
    <name>ReconcileDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>To reconcile</source>
        <translation>To reconcile</translation>
    </message>
    <message>
        <source>Records that seem to be one thing entered on two workstations. The program merges them by itself when what identifies them agrees; for these it does not, and a person decides. &lt;b&gt;Merge&lt;/b&gt; keeps the record created first, moves onto it everything that refers to the other one (activations, receipts, lots, request lines), and does the same on every workstation. The merge is recorded with the other record's details.</source>
        <translation>Records that seem to be one thing entered on two workstations. The program merges them by itself when what identifies them agrees; for these it does not, and a person decides. &lt;b&gt;Merge&lt;/b&gt; keeps the record created first, moves onto it everything that refers to the other one (activations, receipts, lots, request lines), and does the same on every workstation. The merge is recorded with the other record's details.</translation>
    </message>
    <message>
        <source>Reading the records to reconcile...</source>
        <translation>Reading the records to reconcile...</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Same</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Here</translation>
    </message>
    <message>
        <source>The other record</source>
        <translation>The other record</translation>
    </message>
    <message>
        <source>Where they differ</source>
        <translation>Where they differ</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <source>Only a coordinator or an administrator merges records.</source>
        <translation>Only a coordinator or an administrator merges records.</translation>
    </message>
    <message>
        <source>surname</source>
        <translation>surname</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>first name</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>date of birth</translation>
    </message>
    <message>
        <source>comune</source>
        <translation>comune</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>recipient</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Nothing to reconcile.</source>
        <translation>Nothing to reconcile.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) to reconcile.</source>
        <translation>
            <numerusform>%n record to reconcile.</numerusform>
            <numerusform>%n records to reconcile.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 here, %3 in the other</source>
        <translation>%1: %2 here, %3 in the other</translation>
    </message>
    <message>
        <source>%1 (from workstation %2, waiting)</source>
        <translation>%1 (from workstation %2, waiting)</translation>
    </message>
    <message>
        <source>%1 (workstation %2)</source>
        <translation>%1 (workstation %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, written otherwise: %2</source>
        <translation>%1, written otherwise: %2</translation>
    </message>
    <message>
        <source>only in how the name is written</source>
        <translation>only in how the name is written</translation>
    </message>
    <message>
        <source>&lt;b&gt;Records merged&lt;/b&gt;: by the program (the same codice fiscale, code or booking id with the same details) or by a person here. &lt;b&gt;Undo merge&lt;/b&gt; brings the merged record back as it was and moves back to it what the merge had moved, on every workstation; the two are then never merged again without a person.</source>
        <translation>&lt;b&gt;Records merged&lt;/b&gt;: by the program (the same codice fiscale, code or booking id with the same details) or by a person here. &lt;b&gt;Undo merge&lt;/b&gt; brings the merged record back as it was and moves back to it what the merge had moved, on every workstation; the two are then never merged again without a person.</translation>
    </message>
    <message>
        <source>Record kept</source>
        <translation>Record kept</translation>
    </message>
    <message>
        <source>Record merged into it</source>
        <translation>Record merged into it</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>&amp;Undo merge</source>
        <translation>&amp;Undo merge</translation>
    </message>
    <message>
        <source>Only a coordinator or an administrator undoes a merge.</source>
        <translation>Only a coordinator or an administrator undoes a merge.</translation>
    </message>
    <message>
        <source>%1, by %2 on workstation %3</source>
        <translation>%1, by %2 on workstation %3</translation>
    </message>
    <message>
        <source>%1, by the program on workstation %2</source>
        <translation>%1, by the program on workstation %2</translation>
    </message>
    <message>
        <source>(not here)</source>
        <translation>(not here)</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Undo merge</translation>
    </message>
    <message>
        <source>%1: %2
(undo: give the record brought back its own)</source>
        <translation>%1: %2
(undo: give the record brought back its own)</translation>
    </message>
</context>
<context>
    <name>RecordActivations</name>
    <message numerus="yes">
        <source>record %n person-days</source>
        <translation>
            <numerusform>record %n person-day</numerusform>
            <numerusform>record %n person-days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryPlan</name>
    <message>
        <source>&amp;Restore the backup</source>
        <translation>&amp;Restore the backup</translation>
    </message>
    <message>
        <source>Create &amp;empty</source>
        <translation>Create &amp;empty</translation>
    </message>
    <message>
        <source>Create &amp;demo</source>
        <translation>Create &amp;demo</translation>
    </message>
    <message>
        <source>&amp;Open another...</source>
        <translation>&amp;Open another...</translation>
    </message>
    <message>
        <source>&amp;Continue with the damaged file</source>
        <translation>&amp;Continue with the damaged file</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Ci siAMO!</source>
        <translation>Ci siAMO!</translation>
    </message>
    <message>
        <source>The database %1 does not exist yet.</source>
        <translation>The database %1 does not exist yet.</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>Damaged database</translation>
    </message>
    <message>
        <source>The database %1 is damaged.</source>
        <translation>The database %1 is damaged.</translation>
    </message>
    <message>
        <source>The newest intact automatic backup is of %1. Restore it? The damaged file is kept aside, untouched (%2.damaged-...), and the changes this workstation had already sent to the others come back with the next synchronisation.</source>
        <translation>The newest intact automatic backup is of %1. Restore it? The damaged file is kept aside, untouched (%2.damaged-...), and the changes this workstation had already sent to the others come back with the next synchronisation.</translation>
    </message>
    <message>
        <source>There is no intact automatic backup. The file was left untouched: call for technical help, or open another database.</source>
        <translation>There is no intact automatic backup. The file was left untouched: call for technical help, or open another database.</translation>
    </message>
    <message>
        <source>&amp;Join an operations room...</source>
        <translation>&amp;Join an operations room...</translation>
    </message>
    <message>
        <source>Join an operations room with an invitation from one of its workstations, create an empty database, create a demo database to try the program, or open another file?</source>
        <translation>Join an operations room with an invitation from one of its workstations, create an empty database, create a demo database to try the program, or open another file?</translation>
    </message>
    <message>
        <source>The automatic check found damage in the database %1.</source>
        <translation>The automatic check found damage in the database %1.</translation>
    </message>
    <message>
        <source>Nothing has been closed: finish what you are doing (save or cancel the open form), then choose.</source>
        <translation>Nothing has been closed: finish what you are doing (save or cancel the open form), then choose.</translation>
    </message>
    <message>
        <source>There is no intact automatic backup. The file was left untouched: call for technical help.</source>
        <translation>There is no intact automatic backup. The file was left untouched: call for technical help.</translation>
    </message>
</context>
<context>
    <name>SaveEvent</name>
    <message>
        <source>new event %1</source>
        <translation>new event %1</translation>
    </message>
    <message>
        <source>edit event %1</source>
        <translation>edit event %1</translation>
    </message>
</context>
<context>
    <name>SaveOrganisation</name>
    <message>
        <source>new organisation %1</source>
        <translation>new organisation %1</translation>
    </message>
    <message>
        <source>edit organisation %1</source>
        <translation>edit organisation %1</translation>
    </message>
</context>
<context>
    <name>SaveService</name>
    <message>
        <source>new service %1</source>
        <translation>new service %1</translation>
    </message>
    <message>
        <source>edit service %1</source>
        <translation>edit service %1</translation>
    </message>
</context>
<context>
    <name>SaveVolunteer</name>
    <message>
        <source>new volunteer %1</source>
        <translation>new volunteer %1</translation>
    </message>
    <message>
        <source>edit volunteer %1</source>
        <translation>edit volunteer %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>database file (.sqlite)</source>
        <translation>database file (.sqlite)</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>A new language applies from the next start.</source>
        <translation>A new language applies from the next start.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Workstation &amp;number:</source>
        <translation>Workstation &amp;number:</translation>
    </message>
    <message>
        <source>e.g. Sala operativa 1, Magazzino</source>
        <translation>e.g. Sala operativa 1, Magazzino</translation>
    </message>
    <message>
        <source>Workstation n&amp;ame:</source>
        <translation>Workstation n&amp;ame:</translation>
    </message>
    <message>
        <source>Every workstation that shares data must have its own number: it is part of every record it creates.</source>
        <translation>Every workstation that shares data must have its own number: it is part of every record it creates.</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <source>shared folder, USB key or synced folder</source>
        <translation>shared folder, USB key or synced folder</translation>
    </message>
    <message>
        <source>Sync &amp;folder:</source>
        <translation>Sync &amp;folder:</translation>
    </message>
    <message>
        <source>Changes are exchanged with the other workstations through this folder. It can be missing for a while: the program keeps working offline.</source>
        <translation>Changes are exchanged with the other workstations through this folder. It can be missing for a while: the program keeps working offline.</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Browse...</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>Choose the sync folder</translation>
    </message>
    <message>
        <source>Choose the database</source>
        <translation>Choose the database</translation>
    </message>
    <message>
        <source>Databases (*.sqlite *.db)</source>
        <translation>Databases (*.sqlite *.db)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Synchronise &amp;every:</source>
        <translation>Synchronise &amp;every:</translation>
    </message>
    <message>
        <source>default: "open-data" next to the database</source>
        <translation>default: "open-data" next to the database</translation>
    </message>
    <message>
        <source>Choose the open data folder</source>
        <translation>Choose the open data folder</translation>
    </message>
    <message>
        <source>&amp;Open data folder:</source>
        <translation>&amp;Open data folder:</translation>
    </message>
    <message>
        <source>Distributions per comune (CSV and GeoJSON) for the public map are written here at every synchronisation.</source>
        <translation>Distributions per comune (CSV and GeoJSON) for the public map are written here at every synchronisation.</translation>
    </message>
    <message>
        <source>default: "backups" next to the database</source>
        <translation>default: "backups" next to the database</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Choose the backup folder</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>Backup &amp;folder:</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>&amp;Keep the newest:</translation>
    </message>
    <message>
        <source>A consistent copy of the database is taken every day while the program runs. Prefer a folder on another disk or a USB key: if the disk breaks, the backups must survive it.</source>
        <translation>A consistent copy of the database is taken every day while the program runs. Prefer a folder on another disk or a USB key: if the disk breaks, the backups must survive it.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>&amp;Lock after inactivity:</source>
        <translation>&amp;Lock after inactivity:</translation>
    </message>
    <message>
        <source>A workstation left alone locks itself and hides what is on screen: callers' data must not stay in view of whoever passes by.</source>
        <translation>A workstation left alone locks itself and hides what is on screen: callers' data must not stay in view of whoever passes by.</translation>
    </message>
    <message>
        <source>Operations room:</source>
        <translation>Operations room:</translation>
    </message>
    <message>
        <source>name of a new room, on its first workstation only</source>
        <translation>name of a new room, on its first workstation only</translation>
    </message>
    <message>
        <source>Operations &amp;room:</source>
        <translation>Operations &amp;room:</translation>
    </message>
    <message>
        <source>This database belongs to no operations room yet and exchanges nothing. On the first workstation give the room a name; the others join it by starting from a copy of that workstation's database.</source>
        <translation>This database belongs to no operations room yet and exchanges nothing. On the first workstation give the room a name; the others join it by starting from a copy of that workstation's database.</translation>
    </message>
</context>
<context>
    <name>ShortcutList</name>
    <message>
        <source>Menu %1</source>
        <translation>Menu %1</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Every list</source>
        <translation>Every list</translation>
    </message>
    <message>
        <source>Tab %1</source>
        <translation>Tab %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
</context>
<context>
    <name>SyncStatusDialog</name>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>refers to a record not received yet</source>
        <translation>refers to a record not received yet</translation>
    </message>
    <message>
        <source>a value that must be unique is already used here: rename one of the two</source>
        <translation>a value that must be unique is already used here: rename one of the two</translation>
    </message>
    <message>
        <source>refused by a rule of this database</source>
        <translation>refused by a rule of this database</translation>
    </message>
    <message>
        <source>Synchronisation status</source>
        <translation>Synchronisation status</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Up to change</source>
        <translation>Up to change</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>Last received</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Why it waits</source>
        <translation>Why it waits</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Files of the last round that were refused or must wait:</source>
        <translation>Files of the last round that were refused or must wait:</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Other workstations</source>
        <translation>Other workstations</translation>
    </message>
    <message>
        <source>Changes on hold</source>
        <translation>Changes on hold</translation>
    </message>
    <message>
        <source>Files sent</source>
        <translation>Files sent</translation>
    </message>
    <message>
        <source>&amp;Synchronise now</source>
        <translation>&amp;Synchronise now</translation>
    </message>
    <message>
        <source>&amp;Conflicts...</source>
        <translation>&amp;Conflicts...</translation>
    </message>
    <message>
        <source>&lt;b&gt;No sync folder is set&lt;/b&gt;: this workstation works on its own. Choose one in Settings, Synchronisation.</source>
        <translation>&lt;b&gt;No sync folder is set&lt;/b&gt;: this workstation works on its own. Choose one in Settings, Synchronisation.</translation>
    </message>
    <message>
        <source>&lt;b style='color:#b71c1c'&gt;The sync folder %1 cannot be reached.&lt;/b&gt; Work goes on here; the changes leave as soon as it is back (next attempt at %2).</source>
        <translation>&lt;b style='color:#b71c1c'&gt;The sync folder %1 cannot be reached.&lt;/b&gt; Work goes on here; the changes leave as soon as it is back (next attempt at %2).</translation>
    </message>
    <message>
        <source>Sync folder: &lt;b&gt;%1&lt;/b&gt;%2</source>
        <translation>Sync folder: &lt;b&gt;%1&lt;/b&gt;%2</translation>
    </message>
    <message>
        <source> (synchronising...)</source>
        <translation> (synchronising...)</translation>
    </message>
    <message>
        <source>Workstation %1; changes not yet sent: &lt;b&gt;%2&lt;/b&gt;; last sent: %3; last received: %4.</source>
        <translation>Workstation %1; changes not yet sent: &lt;b&gt;%2&lt;/b&gt;; last sent: %3; last received: %4.</translation>
    </message>
    <message>
        <source>Conflicts to review: &lt;b&gt;%1&lt;/b&gt;; changes on hold: &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Conflicts to review: &lt;b&gt;%1&lt;/b&gt;; changes on hold: &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Open data: %1. Automatic backups: %2 (last %3).</source>
        <translation>Open data: %1. Automatic backups: %2 (last %3).</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>Waiting: %1</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>workstation %1, %2</source>
        <translation>workstation %1, %2</translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1)...</source>
        <translation>&amp;Conflicts (%1)...</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Last file</source>
        <translation>Last file</translation>
    </message>
    <message>
        <source>Room members</source>
        <translation>Room members</translation>
    </message>
    <message>
        <source>Missing: the changes %2-%3 of workstation %1 are in no file of the folder, and another workstation has already applied them (the last file was lost). On workstation %1, send them again (cisiamo sync resend --from %2), or on a workstation that holds them (cisiamo sync resend --workstation %1 --from %2).</source>
        <translation>Missing: the changes %2-%3 of workstation %1 are in no file of the folder, and another workstation has already applied them (the last file was lost). On workstation %1, send them again (cisiamo sync resend --from %2), or on a workstation that holds them (cisiamo sync resend --workstation %1 --from %2).</translation>
    </message>
    <message>
        <source>Missing: the changes %2-%3 of workstation %1 are in no file of the folder; %4 and the files after it wait for them. On workstation %1, send them again (cisiamo sync resend --from %2), or on a workstation that holds them (cisiamo sync resend --workstation %1 --from %2).</source>
        <translation>Missing: the changes %2-%3 of workstation %1 are in no file of the folder; %4 and the files after it wait for them. On workstation %1, send them again (cisiamo sync resend --from %2), or on a workstation that holds them (cisiamo sync resend --workstation %1 --from %2).</translation>
    </message>
    <message>
        <source>removed %1 (%2), files valid up to change %3</source>
        <translation>removed %1 (%2), files valid up to change %3</translation>
    </message>
    <message>
        <source>member (this workstation)</source>
        <translation>member (this workstation)</translation>
    </message>
    <message>
        <source>member</source>
        <translation>member</translation>
    </message>
    <message>
        <source>on hold: number already taken, give one of the two a free number</source>
        <translation>on hold: number already taken, give one of the two a free number</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) missing from the sync folder: see the list below.</source>
        <translation>
            <numerusform>%Ln file missing from the sync folder: see the list below.</numerusform>
            <numerusform>%Ln files missing from the sync folder: see the list below.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the synchronisation status...</source>
        <translation>Reading the synchronisation status...</translation>
    </message>
    <message>
        <source>to reconcile: the same record made on two workstations</source>
        <translation>to reconcile: the same record made on two workstations</translation>
    </message>
    <message>
        <source>To &amp;reconcile...</source>
        <translation>To &amp;reconcile...</translation>
    </message>
    <message>
        <source>To &amp;reconcile (%1)...</source>
        <translation>To &amp;reconcile (%1)...</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Synchronisation status</source>
        <translation>Synchronisation status</translation>
    </message>
    <message>
        <source>Sync off</source>
        <translation>Sync off</translation>
    </message>
    <message>
        <source>No sync folder is set: this workstation works on its own. Set one in Settings, Synchronisation.</source>
        <translation>No sync folder is set: this workstation works on its own. Set one in Settings, Synchronisation.</translation>
    </message>
    <message>
        <source>⚠ Sync folder unreachable: working offline</source>
        <translation>⚠ Sync folder unreachable: working offline</translation>
    </message>
    <message>
        <source>retry at %1</source>
        <translation>retry at %1</translation>
    </message>
    <message>
        <source>Synchronising...</source>
        <translation>Synchronising...</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Sent %1</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>received %1</translation>
    </message>
    <message>
        <source>all sent</source>
        <translation>all sent</translation>
    </message>
    <message>
        <source>Sync folder: %1</source>
        <translation>Sync folder: %1</translation>
    </message>
    <message>
        <source>Last automatic backup: %1</source>
        <translation>Last automatic backup: %1</translation>
    </message>
    <message>
        <source>Click for the synchronisation status.</source>
        <translation>Click for the synchronisation status.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) not shared</source>
        <translation>
            <numerusform>%Ln change not shared</numerusform>
            <numerusform>%Ln changes not shared</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) to send</source>
        <translation>
            <numerusform>%Ln change to send</numerusform>
            <numerusform>%Ln changes to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) refused</source>
        <translation>
            <numerusform>%Ln file refused</numerusform>
            <numerusform>%Ln files refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflict</numerusform>
            <numerusform>%Ln conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln on hold</source>
        <translation>
            <numerusform>%Ln on hold</numerusform>
            <numerusform>%Ln on hold</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) to review: Synchronisation, Conflicts to review.</source>
        <translation>
            <numerusform>%Ln conflict to review: Synchronisation, Conflicts to review.</numerusform>
            <numerusform>%Ln conflicts to review: Synchronisation, Conflicts to review.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln received change(s) on hold, waiting for data not yet arrived.</source>
        <translation>
            <numerusform>%Ln received change on hold, waiting for data not yet arrived.</numerusform>
            <numerusform>%Ln received changes on hold, waiting for data not yet arrived.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TechnicalLogDialog</name>
    <message>
        <source>Technical log</source>
        <translation>Technical log</translation>
    </message>
    <message>
        <source>Reading the log...</source>
        <translation>Reading the log...</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>Open the &amp;folder</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>The technical log is not written to a file on this computer (its folder cannot be written): the program writes it only to the terminal.</source>
        <translation>The technical log is not written to a file on this computer (its folder cannot be written): the program writes it only to the terminal.</translation>
    </message>
    <message>
        <source>The last lines of %1, the newest at the bottom. They hold no personal data: send them to whoever looks after the workstation when something does not work.</source>
        <translation>The last lines of %1, the newest at the bottom. They hold no personal data: send them to whoever looks after the workstation when something does not work.</translation>
    </message>
    <message>
        <source>(The log is empty.)</source>
        <translation>(The log is empty.)</translation>
    </message>
</context>
<context>
    <name>UndoMergeDialog</name>
    <message>
        <source>Undo merge</source>
        <translation>Undo merge</translation>
    </message>
    <message>
        <source>the record kept</source>
        <translation>the record kept</translation>
    </message>
    <message>
        <source>Bring back &lt;b&gt;%1&lt;/b&gt; as a record of its own, and move back to it what the merge had moved onto &lt;b&gt;%2&lt;/b&gt;? The same happens on every workstation.</source>
        <translation>Bring back &lt;b&gt;%1&lt;/b&gt; as a record of its own, and move back to it what the merge had moved onto &lt;b&gt;%2&lt;/b&gt;? The same happens on every workstation.</translation>
    </message>
    <message>
        <source>Another record has the same %1 as the record brought back (usually the record kept: if they are two different people or things, one of them was typed wrong). Give the record brought back its correct one: it is checked as in the record's own form, and every workstation receives it with the undo.</source>
        <translation>Another record has the same %1 as the record brought back (usually the record kept: if they are two different people or things, one of them was typed wrong). Give the record brought back its correct one: it is checked as in the record's own form, and every workstation receives it with the undo.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> and </translation>
    </message>
    <message>
        <source>%1 of the record kept:</source>
        <translation>%1 of the record kept:</translation>
    </message>
    <message>
        <source>%1 of the record brought back:</source>
        <translation>%1 of the record brought back:</translation>
    </message>
    <message>
        <source>&amp;Undo merge</source>
        <translation>&amp;Undo merge</translation>
    </message>
</context>
<context>
    <name>VoidActivation</name>
    <message>
        <source>void activation %1</source>
        <translation>void activation %1</translation>
    </message>
</context>
<context>
    <name>WorkstationCover</name>
    <message>
        <source>Workstation locked</source>
        <translation>Workstation locked</translation>
    </message>
</context>
<context>
    <name>comuni::ComuneDetailsForm</name>
    <message>
        <source>(not set)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>e.g. 02 1234567</source>
        <translation>e.g. 02 1234567</translation>
    </message>
    <message>
        <source>protocollo@comune...</source>
        <translation>protocollo@comune...</translation>
    </message>
    <message>
        <source>comune...@pec.it</source>
        <translation>comune...@pec.it</translation>
    </message>
    <message>
        <source>5 digits</source>
        <translation>5 digits</translation>
    </message>
    <message>
        <source>where the COC meets</source>
        <translation>where the COC meets</translation>
    </message>
    <message>
        <source>name and role of the COC contact</source>
        <translation>name and role of the COC contact</translation>
    </message>
    <message>
        <source>phone answered during emergencies</source>
        <translation>phone answered during emergencies</translation>
    </message>
    <message>
        <source>COC e-mail</source>
        <translation>COC e-mail</translation>
    </message>
    <message>
        <source>Town hall</source>
        <translation>Town hall</translation>
    </message>
    <message>
        <source>&amp;Zona omogenea:</source>
        <translation>&amp;Zona omogenea:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>P&amp;EC:</source>
        <translation>P&amp;EC:</translation>
    </message>
    <message>
        <source>CA&amp;P:</source>
        <translation>CA&amp;P:</translation>
    </message>
    <message>
        <source>COC (Centro Operativo Comunale)</source>
        <translation>COC (Centro Operativo Comunale)</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>C&amp;ontact:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Save changes</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>&amp;Undo changes</translation>
    </message>
    <message>
        <source>Choose a comune in the list or on the map</source>
        <translation>Choose a comune in the list or on the map</translation>
    </message>
    <message>
        <source>ISTAT code %1 · %2 · %3, %4</source>
        <translation>ISTAT code %1 · %2 · %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln resident(s)</source>
        <translation>
            <numerusform>%Ln resident</numerusform>
            <numerusform>%Ln residents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comuni::ComuniCommands</name>
    <message>
        <source>details of %1</source>
        <translation>details of %1</translation>
    </message>
</context>
<context>
    <name>comuni::ComuniModule</name>
    <message>
        <source>Comuni of the metropolitan city</source>
        <translation>Comuni of the metropolitan city</translation>
    </message>
    <message>
        <source>COC with a contact on record</source>
        <translation>COC with a contact on record</translation>
    </message>
    <message>
        <source>complete them in the Comuni tab</source>
        <translation>complete them in the Comuni tab</translation>
    </message>
    <message>
        <source>Zona omogenea assigned</source>
        <translation>Zona omogenea assigned</translation>
    </message>
    <message>
        <source>Comuni</source>
        <translation>Comuni</translation>
    </message>
    <message numerus="yes">
        <source>%Ln resident(s)</source>
        <translation>
            <numerusform>%Ln resident</numerusform>
            <numerusform>%Ln residents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comuni::ComuniReports</name>
    <message>
        <source>Comuni of the metropolitan city</source>
        <translation>Comuni of the metropolitan city</translation>
    </message>
    <message>
        <source>Town hall and COC contacts</source>
        <translation>Town hall and COC contacts</translation>
    </message>
    <message>
        <source>ISTAT code</source>
        <translation>ISTAT code</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Residents</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n comuni</source>
        <translation>
            <numerusform>Total: %n comune</numerusform>
            <numerusform>Total: %n comuni</numerusform>
        </translation>
    </message>
    <message>
        <source>Comuni of the Città metropolitana di Milano</source>
        <translation>Comuni of the Città metropolitana di Milano</translation>
    </message>
    <message>
        <source>ISTAT code, centroid of the municipal area and residents (ANPR register). Boundaries: ISTAT, processed by openpolis (CC BY 4.0).</source>
        <translation>ISTAT code, centroid of the municipal area and residents (ANPR register). Boundaries: ISTAT, processed by openpolis (CC BY 4.0).</translation>
    </message>
    <message>
        <source>Zona omogenea</source>
        <translation>Zona omogenea</translation>
    </message>
    <message>
        <source>Town hall phone</source>
        <translation>Town hall phone</translation>
    </message>
    <message>
        <source>PEC</source>
        <translation>PEC</translation>
    </message>
    <message>
        <source>COC contact</source>
        <translation>COC contact</translation>
    </message>
    <message>
        <source>COC phone</source>
        <translation>COC phone</translation>
    </message>
    <message>
        <source>COC e-mail</source>
        <translation>COC e-mail</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>Town halls</source>
        <translation>Town halls</translation>
    </message>
    <message>
        <source>COC (municipal operations centres)</source>
        <translation>COC (municipal operations centres)</translation>
    </message>
</context>
<context>
    <name>comuni::ComuniTab</name>
    <message>
        <source>Search by name or ISTAT code</source>
        <translation>Search by name or ISTAT code</translation>
    </message>
    <message>
        <source>Search comuni</source>
        <translation>Search comuni</translation>
    </message>
    <message>
        <source>All zones</source>
        <translation>All zones</translation>
    </message>
    <message>
        <source>Zone not set</source>
        <translation>Zone not set</translation>
    </message>
    <message>
        <source>ISTAT code</source>
        <translation>ISTAT code</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>Zona omogenea</source>
        <translation>Zona omogenea</translation>
    </message>
    <message>
        <source>COC contact</source>
        <translation>COC contact</translation>
    </message>
    <message>
        <source>COC phone</source>
        <translation>COC phone</translation>
    </message>
    <message>
        <source>Comuni</source>
        <translation>Comuni</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Hover over a comune to see its name; click to select it. Wheel: zoom; drag: move.</source>
        <translation>Hover over a comune to see its name; click to select it. Wheel: zoom; drag: move.</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Zoom in (+)</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Zoom out (-)</translation>
    </message>
    <message>
        <source>Whole city</source>
        <translation>Whole city</translation>
    </message>
    <message>
        <source>Show the whole metropolitan city (0)</source>
        <translation>Show the whole metropolitan city (0)</translation>
    </message>
    <message>
        <source>Export PNG...</source>
        <translation>Export PNG...</translation>
    </message>
    <message>
        <source>Save the map as an image</source>
        <translation>Save the map as an image</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>The details of %1 were changed and not saved. Save them now?</source>
        <translation>The details of %1 were changed and not saved. Save them now?</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>Export map</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln comuni shown</source>
        <translation>
            <numerusform>%Ln comune shown</numerusform>
            <numerusform>%Ln comuni shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core::AccountEditDialog</name>
    <message>
        <source>Can read callers' names, phone numbers and notes (AscoltiAMO).</source>
        <translation>Can read callers' names, phone numbers and notes (AscoltiAMO).</translation>
    </message>
    <message>
        <source>Manages accounts, settings and the audit log; cannot read callers' data.</source>
        <translation>Manages accounts, settings and the audit log; cannot read callers' data.</translation>
    </message>
    <message>
        <source>Cannot read callers' data: records requests, sees the queue without names.</source>
        <translation>Cannot read callers' data: records requests, sees the queue without names.</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Account %1</translation>
    </message>
    <message>
        <source>e.g. mario.rossi</source>
        <translation>e.g. mario.rossi</translation>
    </message>
    <message>
        <source>Name and surname</source>
        <translation>Name and surname</translation>
    </message>
    <message>
        <source>Account &amp;active (can sign in)</source>
        <translation>Account &amp;active (can sign in)</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>&amp;Temporary password:</translation>
    </message>
    <message>
        <source>Re&amp;peat it:</source>
        <translation>Re&amp;peat it:</translation>
    </message>
    <message>
        <source>Tell it to the person: they choose their own at the first sign-in.</source>
        <translation>Tell it to the person: they choose their own at the first sign-in.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>For unattended jobs only: backups, synchronisation, open data and aggregate reports; no names.</source>
        <translation>For unattended jobs only: backups, synchronisation, open data and aggregate reports; no names.</translation>
    </message>
</context>
<context>
    <name>core::AccountsDialog</name>
    <message>
        <source>Operators and roles</source>
        <translation>Operators and roles</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Callers' data</source>
        <translation>Callers' data</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>&amp;New account...</source>
        <translation>&amp;New account...</translation>
    </message>
    <message>
        <source>&amp;Change...</source>
        <translation>&amp;Change...</translation>
    </message>
    <message>
        <source>&amp;Reset password...</source>
        <translation>&amp;Reset password...</translation>
    </message>
    <message>
        <source>&amp;Clear sign-in delay</source>
        <translation>&amp;Clear sign-in delay</translation>
    </message>
    <message>
        <source>After wrong passwords the next try must wait: let this user try again now.</source>
        <translation>After wrong passwords the next try must wait: let this user try again now.</translation>
    </message>
    <message>
        <source>What each role may do</source>
        <translation>What each role may do</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <source>The same table is enforced by the program and printed by «cisiamo report permissions». Callers' data can be read only by the roles marked for it, and only with the key their own password unlocks.</source>
        <translation>The same table is enforced by the program and printed by «cisiamo report permissions». Callers' data can be read only by the roles marked for it, and only with the key their own password unlocks.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <source>new password due</source>
        <translation>new password due</translation>
    </message>
    <message>
        <source>has the key</source>
        <translation>has the key</translation>
    </message>
    <message>
        <source>waiting: gets the key when a colleague with it signs in</source>
        <translation>waiting: gets the key when a colleague with it signs in</translation>
    </message>
    <message>
        <source>Only %1 holds the key to callers' data: if that password is lost, the data cannot be read any more. Create a second psychologist or coordinator account.</source>
        <translation>Only %1 holds the key to callers' data: if that password is lost, the data cannot be read any more. Create a second psychologist or coordinator account.</translation>
    </message>
    <message>
        <source>Nobody holds the key to callers' data yet.</source>
        <translation>Nobody holds the key to callers' data yet.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>&amp;Temporary password:</translation>
    </message>
    <message>
        <source>Re&amp;peat it:</source>
        <translation>Re&amp;peat it:</translation>
    </message>
    <message>
        <source>For a forgotten password. %1 chooses a new one at the next sign-in; the key to callers' data is given again by the next colleague who holds it and signs in.</source>
        <translation>For a forgotten password. %1 chooses a new one at the next sign-in; the key to callers' data is given again by the next colleague who holds it and signs in.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>Reset anyway and lose the callers' data recorded so far?</source>
        <translation>Reset anyway and lose the callers' data recorded so far?</translation>
    </message>
    <message>
        <source>%1 can try to sign in again now.</source>
        <translation>%1 can try to sign in again now.</translation>
    </message>
</context>
<context>
    <name>core::AuditDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>All operators</source>
        <translation>All operators</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>All events</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>Operator:</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Event:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>to:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Permission</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Changes to the data</source>
        <translation>Changes to the data</translation>
    </message>
    <message>
        <source>Sign-ins and refusals</source>
        <translation>Sign-ins and refusals</translation>
    </message>
    <message>
        <source>Print &amp;preview...</source>
        <translation>Print &amp;preview...</translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation>Save as P&amp;DF...</translation>
    </message>
    <message>
        <source>Save as &amp;CSV...</source>
        <translation>Save as &amp;CSV...</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln change</numerusform>
            <numerusform>%Ln changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>What:</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>Which</translation>
    </message>
    <message>
        <source>Save as &amp;Excel...</source>
        <translation>Save as &amp;Excel...</translation>
    </message>
</context>
<context>
    <name>core::AuditKindText</name>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Sign-in refused</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <source>Workstation locked</source>
        <translation>Workstation locked</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Access denied</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Account created</translation>
    </message>
    <message>
        <source>Account changed</source>
        <translation>Account changed</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <source>Sign-in delay cleared</source>
        <translation>Sign-in delay cleared</translation>
    </message>
    <message>
        <source>Data key created</source>
        <translation>Data key created</translation>
    </message>
    <message>
        <source>Data key given</source>
        <translation>Data key given</translation>
    </message>
    <message>
        <source>Data key withdrawn</source>
        <translation>Data key withdrawn</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Action undone</source>
        <translation>Action undone</translation>
    </message>
</context>
<context>
    <name>core::AuditReports</name>
    <message>
        <source>Audit log: changes</source>
        <translation>Audit log: changes</translation>
    </message>
    <message>
        <source>Audit log: sign-ins and refusals</source>
        <translation>Audit log: sign-ins and refusals</translation>
    </message>
    <message>
        <source>What each role may do</source>
        <translation>What each role may do</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Roles and permissions</source>
        <translation>Roles and permissions</translation>
    </message>
    <message>
        <source>The table the program enforces: an action not marked for a role is refused, and the refusal is written to the audit log. Callers' data is also encrypted: only the roles allowed to read it hold the key.</source>
        <translation>The table the program enforces: an action not marked for a role is refused, and the refusal is written to the audit log. Callers' data is also encrypted: only the roles allowed to read it hold the key.</translation>
    </message>
    <message>
        <source>insert</source>
        <translation>insert</translation>
    </message>
    <message>
        <source>update</source>
        <translation>update</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>delete</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n change(s)</source>
        <translation>
            <numerusform>Total: %n change</numerusform>
            <numerusform>Total: %n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log: who changed what</source>
        <translation>Audit log: who changed what</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Permission</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n event(s)</source>
        <translation>
            <numerusform>Total: %n event</numerusform>
            <numerusform>Total: %n events</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log: sign-ins, refusals and data keys</source>
        <translation>Audit log: sign-ins, refusals and data keys</translation>
    </message>
    <message>
        <source>Refused sign-ins</source>
        <translation>Refused sign-ins</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Access denied</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>Which</translation>
    </message>
    <message>
        <source>Every insert, update and delete is recorded by the database itself, in the same transaction as the change, with the operator signed in and the workstation. Things are named as they are today.</source>
        <translation>Every insert, update and delete is recorded by the database itself, in the same transaction as the change, with the operator signed in and the workstation. Things are named as they are today.</translation>
    </message>
    <message>
        <source>As recorded</source>
        <translation>As recorded</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) in the period: only the first %1 are listed; choose a shorter period or an operator.</source>
        <translation>
            <numerusform>%Ln change in the period: only the first %1 are listed; choose a shorter period or an operator.</numerusform>
            <numerusform>%Ln changes in the period: only the first %1 are listed; choose a shorter period or an operator.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core::AuditText</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>key of %1</source>
        <translation>key of %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no. %1</source>
        <translation>no. %1</translation>
    </message>
    <message>
        <source>no. %1 of workstation %2</source>
        <translation>no. %1 of workstation %2</translation>
    </message>
    <message>
        <source>Action «%1»</source>
        <translation>Action «%1»</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>lines</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>requests</translation>
    </message>
    <message>
        <source>deliveries</source>
        <translation>deliveries</translation>
    </message>
    <message>
        <source>receipts</source>
        <translation>receipts</translation>
    </message>
    <message>
        <source>components</source>
        <translation>components</translation>
    </message>
    <message>
        <source>adjustments</source>
        <translation>adjustments</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>quantity</translation>
    </message>
    <message>
        <source>kits</source>
        <translation>kits</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>issued</translation>
    </message>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>updated</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>given</source>
        <translation>given</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>restored</translation>
    </message>
    <message>
        <source>as</source>
        <translation>as</translation>
    </message>
    <message>
        <source>already</source>
        <translation>already</translation>
    </message>
    <message>
        <source>held</source>
        <translation>held</translation>
    </message>
    <message>
        <source>room</source>
        <translation>room</translation>
    </message>
    <message>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>joined</translation>
    </message>
    <message>
        <source>workstation</source>
        <translation>workstation</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>operation</source>
        <translation>operation</translation>
    </message>
    <message>
        <source>by</source>
        <translation>by</translation>
    </message>
    <message>
        <source>invitation</source>
        <translation>invitation</translation>
    </message>
    <message>
        <source>of</source>
        <translation>of</translation>
    </message>
    <message>
        <source>written</source>
        <translation>written</translation>
    </message>
    <message>
        <source>members</source>
        <translation>members</translation>
    </message>
    <message>
        <source>role: %1 → %2</source>
        <translation>role: %1 → %2</translation>
    </message>
    <message>
        <source>reactivated</source>
        <translation>reactivated</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <source>name changed</source>
        <translation>name changed</translation>
    </message>
    <message>
        <source>Counters moved past the exported numbers after a restore</source>
        <translation>Counters moved past the exported numbers after a restore</translation>
    </message>
    <message>
        <source>unknown user name</source>
        <translation>unknown user name</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>wrong password</translation>
    </message>
    <message>
        <source>account deactivated</source>
        <translation>account deactivated</translation>
    </message>
    <message>
        <source>too many attempts: wait before trying again</source>
        <translation>too many attempts: wait before trying again</translation>
    </message>
    <message>
        <source>wrong password while changing it</source>
        <translation>wrong password while changing it</translation>
    </message>
    <message>
        <source>shift change</source>
        <translation>shift change</translation>
    </message>
    <message>
        <source>first administrator of the database</source>
        <translation>first administrator of the database</translation>
    </message>
    <message>
        <source>role: %1</source>
        <translation>role: %1</translation>
    </message>
    <message>
        <source>key for: %1</source>
        <translation>key for: %1</translation>
    </message>
    <message>
        <source>new key for protected data</source>
        <translation>new key for protected data</translation>
    </message>
    <message>
        <source>the role no longer reads protected data</source>
        <translation>the role no longer reads protected data</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <source>given on purpose by %1</source>
        <translation>given on purpose by %1</translation>
    </message>
    <message>
        <source>sync file %1 refused: %2</source>
        <translation>sync file %1 refused: %2</translation>
    </message>
    <message>
        <source>command line «%1» without signing in</source>
        <translation>command line «%1» without signing in</translation>
    </message>
    <message>
        <source>report «%1» printed without the callers' names</source>
        <translation>report «%1» printed without the callers' names</translation>
    </message>
    <message>
        <source>nobody signed in</source>
        <translation>nobody signed in</translation>
    </message>
    <message>
        <source>%1 (nobody signed in)</source>
        <translation>%1 (nobody signed in)</translation>
    </message>
</context>
<context>
    <name>core::CommandStack</name>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>«%1» cannot be undone any more: %2</source>
        <translation>«%1» cannot be undone any more: %2</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>«%1» cannot be done again: %2</source>
        <translation>«%1» cannot be done again: %2</translation>
    </message>
</context>
<context>
    <name>core::ComuniMapWidget</name>
    <message>
        <source>Map of the comuni of the metropolitan city</source>
        <translation>Map of the comuni of the metropolitan city</translation>
    </message>
    <message>
        <source>Idroscalo: CCV-MI operations room and warehouse</source>
        <translation>Idroscalo: CCV-MI operations room and warehouse</translation>
    </message>
    <message>
        <source>Idroscalo (CCV-MI)</source>
        <translation>Idroscalo (CCV-MI)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
</context>
<context>
    <name>core::DateField</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Choose from the calendar (Alt+Down)</source>
        <translation>Choose from the calendar (Alt+Down)</translation>
    </message>
    <message>
        <source>A date is required: write dd/mm/yyyy</source>
        <translation>A date is required: write dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Invalid date: write dd/mm/yyyy</source>
        <translation>Invalid date: write dd/mm/yyyy</translation>
    </message>
    <message>
        <source>The date cannot be before %1</source>
        <translation>The date cannot be before %1</translation>
    </message>
    <message>
        <source>The date cannot be after %1</source>
        <translation>The date cannot be after %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>core::DateTimeField</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>The time cannot be before %1</source>
        <translation>The time cannot be before %1</translation>
    </message>
    <message>
        <source>The time cannot be after %1</source>
        <translation>The time cannot be after %1</translation>
    </message>
</context>
<context>
    <name>core::DiscardGuard</name>
    <message>
        <source>Discard the changes made in this form?</source>
        <translation>Discard the changes made in this form?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Keep editing</translation>
    </message>
</context>
<context>
    <name>core::ErrorText</name>
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>field «%1»</source>
        <translation>field «%1»</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>No database file was given.</translation>
    </message>
    <message>
        <source>%1 is not a file (it is a folder or a device).</source>
        <translation>%1 is not a file (it is a folder or a device).</translation>
    </message>
    <message>
        <source>%1 is not a Ci siAMO! database (it is not an SQLite file). The file was left untouched.</source>
        <translation>%1 is not a Ci siAMO! database (it is not an SQLite file). The file was left untouched.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>The database %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>The database %1 is damaged and cannot be read (%2). The file was left untouched: restore a backup.</source>
        <translation>The database %1 is damaged and cannot be read (%2). The file was left untouched: restore a backup.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of the program (schema %2, this program knows up to %3). The file was left untouched: update the program.</source>
        <translation>The database %1 was written by a newer version of the program (schema %2, this program knows up to %3). The file was left untouched: update the program.</translation>
    </message>
    <message>
        <source>The database %1 has an older schema (%2, current %3) and was opened read-only: open it normally to update it.</source>
        <translation>The database %1 has an older schema (%2, current %3) and was opened read-only: open it normally to update it.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program. The file was left untouched.</source>
        <translation>%1 is an SQLite database of another program. The file was left untouched.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>The database %1 does not exist.</translation>
    </message>
    <message>
        <source>The database %1 cannot be written here: check the folder and its permissions.</source>
        <translation>The database %1 cannot be written here: check the folder and its permissions.</translation>
    </message>
    <message>
        <source>Updating the database to version %1 (%2) failed: %3. The database is unchanged at the previous version.</source>
        <translation>Updating the database to version %1 (%2) failed: %3. The database is unchanged at the previous version.</translation>
    </message>
    <message>
        <source>The update script %1 is missing from the program.</source>
        <translation>The update script %1 is missing from the program.</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Database error: %1</translation>
    </message>
    <message>
        <source>Internal error: a write was attempted outside a transaction.</source>
        <translation>Internal error: a write was attempted outside a transaction.</translation>
    </message>
    <message>
        <source>The workstation number must be between 1 and 9999 (not %1).</source>
        <translation>The workstation number must be between 1 and 9999 (not %1).</translation>
    </message>
    <message>
        <source>Workstation number %1 is already used by another workstation whose data is in this database: choose another.</source>
        <translation>Workstation number %1 is already used by another workstation whose data is in this database: choose another.</translation>
    </message>
    <message>
        <source>The database %1 already exists: nothing was changed. Use --force to replace it (the old file is kept aside).</source>
        <translation>The database %1 already exists: nothing was changed. Use --force to replace it (the old file is kept aside).</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>The file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>The file %1 already exists: nothing was overwritten.</source>
        <translation>The file %1 already exists: nothing was overwritten.</translation>
    </message>
    <message>
        <source>The backup file %1 already exists: choose another name.</source>
        <translation>The backup file %1 already exists: choose another name.</translation>
    </message>
    <message>
        <source>a quoted field is never closed.</source>
        <translation>a quoted field is never closed.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>the file is empty.</translation>
    </message>
    <message>
        <source>There is no report called «%1». Reports: %2.</source>
        <translation>There is no report called «%1». Reports: %2.</translation>
    </message>
    <message>
        <source>The report %1 needs a start date (--from).</source>
        <translation>The report %1 needs a start date (--from).</translation>
    </message>
    <message>
        <source>The report %1 needs an end date (--to).</source>
        <translation>The report %1 needs an end date (--to).</translation>
    </message>
    <message>
        <source>The report %1 needs a date (--at).</source>
        <translation>The report %1 needs a date (--at).</translation>
    </message>
    <message>
        <source>The period is reversed: %1 comes after %2.</source>
        <translation>The period is reversed: %1 comes after %2.</translation>
    </message>
    <message>
        <source>«%1» is not a grouping of this report; use one of: %2.</source>
        <translation>«%1» is not a grouping of this report; use one of: %2.</translation>
    </message>
    <message>
        <source>The report could not be printed.</source>
        <translation>The report could not be printed.</translation>
    </message>
    <message>
        <source>The reference data (comuni) is not loaded in this database.</source>
        <translation>The reference data (comuni) is not loaded in this database.</translation>
    </message>
    <message>
        <source>The comune with code %1 is not one of the 133 of the Città metropolitana di Milano.</source>
        <translation>The comune with code %1 is not one of the 133 of the Città metropolitana di Milano.</translation>
    </message>
    <message>
        <source>«%1» is not a zona omogenea of the metropolitan city.</source>
        <translation>«%1» is not a zona omogenea of the metropolitan city.</translation>
    </message>
    <message>
        <source>«%1» is not a valid e-mail address.</source>
        <translation>«%1» is not a valid e-mail address.</translation>
    </message>
    <message>
        <source>«%1» is not a valid postcode (CAP): it has five digits.</source>
        <translation>«%1» is not a valid postcode (CAP): it has five digits.</translation>
    </message>
    <message>
        <source>Unknown comune «%1».</source>
        <translation>Unknown comune «%1».</translation>
    </message>
    <message>
        <source>«%1» could be more than one comune: %2. Write the province too, e.g. «Name (MI)».</source>
        <translation>«%1» could be more than one comune: %2. Write the province too, e.g. «Name (MI)».</translation>
    </message>
    <message>
        <source>Unknown comune «%1». Did you mean: %2?</source>
        <translation>Unknown comune «%1». Did you mean: %2?</translation>
    </message>
    <message>
        <source>Unknown reference point «%1».</source>
        <translation>Unknown reference point «%1».</translation>
    </message>
    <message>
        <source>The map has no outline for the comune %1.</source>
        <translation>The map has no outline for the comune %1.</translation>
    </message>
    <message>
        <source>Invalid map geometry (%1).</source>
        <translation>Invalid map geometry (%1).</translation>
    </message>
    <message>
        <source>«%1» is not a valid date: write it as dd/mm/yyyy.</source>
        <translation>«%1» is not a valid date: write it as dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>Unexpected error (%1).</source>
        <translation>Unexpected error (%1).</translation>
    </message>
    <message>
        <source>Not allowed: «%1» needs the role %2, and %3 is signed in with another role. The refusal has been recorded.</source>
        <translation>Not allowed: «%1» needs the role %2, and %3 is signed in with another role. The refusal has been recorded.</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>Nobody is signed in.</translation>
    </message>
    <message>
        <source>«%1» needs someone signed in with the role %2.</source>
        <translation>«%1» needs someone signed in with the role %2.</translation>
    </message>
    <message>
        <source>The account «%1» is deactivated: ask the administrator.</source>
        <translation>The account «%1» is deactivated: ask the administrator.</translation>
    </message>
    <message>
        <source>«%1» is not a valid user name: 2 to 40 lower-case letters, digits, dots, hyphens or underscores.</source>
        <translation>«%1» is not a valid user name: 2 to 40 lower-case letters, digits, dots, hyphens or underscores.</translation>
    </message>
    <message>
        <source>Write the person's name and surname (at least two letters).</source>
        <translation>Write the person's name and surname (at least two letters).</translation>
    </message>
    <message>
        <source>The user name «%1» is already taken.</source>
        <translation>The user name «%1» is already taken.</translation>
    </message>
    <message>
        <source>The password cannot be the user name.</source>
        <translation>The password cannot be the user name.</translation>
    </message>
    <message>
        <source>The new password must differ from the old one.</source>
        <translation>The new password must differ from the old one.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <source>This database already has accounts: sign in.</source>
        <translation>This database already has accounts: sign in.</translation>
    </message>
    <message>
        <source>There is no such account.</source>
        <translation>There is no such account.</translation>
    </message>
    <message>
        <source>«%1» is the last active administrator: make someone else administrator first.</source>
        <translation>«%1» is the last active administrator: make someone else administrator first.</translation>
    </message>
    <message>
        <source>«%1» is the only account that can open callers' data: resetting the password would make that data unreadable for ever. Create another psychologist or coordinator account and let them sign in first.</source>
        <translation>«%1» is the only account that can open callers' data: resetting the password would make that data unreadable for ever. Create another psychologist or coordinator account and let them sign in first.</translation>
    </message>
    <message>
        <source>No password for «%1»: set the environment variable %2 or run the command in a terminal, where it asks for it.</source>
        <translation>No password for «%1»: set the environment variable %2 or run the command in a terminal, where it asks for it.</translation>
    </message>
    <message>
        <source>«%1» must choose a new password first: sign in from the window.</source>
        <translation>«%1» must choose a new password first: sign in from the window.</translation>
    </message>
    <message>
        <source>The encryption library could not work: protected data cannot be read or written.</source>
        <translation>The encryption library could not work: protected data cannot be read or written.</translation>
    </message>
    <message>
        <source>There is no psychologist or coordinator account yet, so nobody could read what would be recorded. The administrator must first create an account with the role %1.</source>
        <translation>There is no psychologist or coordinator account yet, so nobody could read what would be recorded. The administrator must first create an account with the role %1.</translation>
    </message>
    <message>
        <source>This session holds no key to the protected data.</source>
        <translation>This session holds no key to the protected data.</translation>
    </message>
    <message>
        <source>A protected field is damaged or out of place and cannot be read.</source>
        <translation>A protected field is damaged or out of place and cannot be read.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>the file is larger than this disk or the system allows</source>
        <translation>the file is larger than this disk or the system allows</translation>
    </message>
    <message>
        <source>the disk or USB key refused the write: full, removed or faulty?</source>
        <translation>the disk or USB key refused the write: full, removed or faulty?</translation>
    </message>
    <message>
        <source>disk full or read-only?</source>
        <translation>disk full or read-only?</translation>
    </message>
    <message>
        <source>its first bytes, which say what the file is, are zero or wrong</source>
        <translation>its first bytes, which say what the file is, are zero or wrong</translation>
    </message>
    <message>
        <source>the file is cut short</source>
        <translation>the file is cut short</translation>
    </message>
    <message>
        <source>The database %1 is damaged: the file is empty (0 bytes), its data is lost. The file was left untouched: restore a backup.</source>
        <translation>The database %1 is damaged: the file is empty (0 bytes), its data is lost. The file was left untouched: restore a backup.</translation>
    </message>
    <message>
        <source>The database %1 is open read-only (%2): nothing can be changed. You can still look and print.</source>
        <translation>The database %1 is open read-only (%2): nothing can be changed. You can still look and print.</translation>
    </message>
    <message>
        <source>the file cannot be written</source>
        <translation>the file cannot be written</translation>
    </message>
    <message>
        <source>its folder cannot be written</source>
        <translation>its folder cannot be written</translation>
    </message>
    <message>
        <source>opened for inspection</source>
        <translation>opened for inspection</translation>
    </message>
    <message>
        <source>The database %1 is in use by another window or command of Ci siAMO!: close them first. Nothing was changed.</source>
        <translation>The database %1 is in use by another window or command of Ci siAMO!: close them first. Nothing was changed.</translation>
    </message>
    <message>
        <source>A total is larger than the largest number the program can count (%1): some recorded quantity is wrong, check the quantities of the period. Nothing was printed.</source>
        <translation>A total is larger than the largest number the program can count (%1): some recorded quantity is wrong, check the quantities of the period. Nothing was printed.</translation>
    </message>
    <message>
        <source>The file %1 could not be written (%2): it was not created or changed.</source>
        <translation>The file %1 could not be written (%2): it was not created or changed.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written (%2): no partial file was left.</source>
        <translation>The backup %1 could not be written (%2): no partial file was left.</translation>
    </message>
    <message>
        <source>«%1» is out of range: at most %2.</source>
        <translation>«%1» is out of range: at most %2.</translation>
    </message>
    <message>
        <source>this file was already imported on %1 (same content).</source>
        <translation>this file was already imported on %1 (same content).</translation>
    </message>
    <message>
        <source>this file was already imported on %1 by %2 (same content).</source>
        <translation>this file was already imported on %1 by %2 (same content).</translation>
    </message>
    <message>
        <source>This action cannot be undone.</source>
        <translation>This action cannot be undone.</translation>
    </message>
    <message>
        <source>The details of %1 were changed again since: they are no longer the ones to undo.</source>
        <translation>The details of %1 were changed again since: they are no longer the ones to undo.</translation>
    </message>
    <message>
        <source>«%1» is not an active account whose role may read the protected data: no key given.</source>
        <translation>«%1» is not an active account whose role may read the protected data: no key given.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong user name or password. You can try again in %Ln second(s).</source>
        <translation>
            <numerusform>Wrong user name or password. You can try again in %Ln second.</numerusform>
            <numerusform>Wrong user name or password. You can try again in %Ln seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: wait %Ln second(s) before trying again.</source>
        <translation>
            <numerusform>Too many wrong passwords: wait %Ln second before trying again.</numerusform>
            <numerusform>Too many wrong passwords: wait %Ln seconds before trying again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The workstation name is too long: at most %n character(s).</source>
        <translation>
            <numerusform>The workstation name is too long: at most %n character.</numerusform>
            <numerusform>The workstation name is too long: at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the row has %n field(s) but the header has %1: a separator is missing or too many.</source>
        <translation>
            <numerusform>the row has %n field but the header has %1: a separator is missing or too many.</numerusform>
            <numerusform>the row has %n fields but the header has %1: a separator is missing or too many.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the text is %n character(s) long; at most %1 are accepted here.</source>
        <translation>
            <numerusform>the text is %n character long; at most %1 are accepted here.</numerusform>
            <numerusform>the text is %n characters long; at most %1 are accepted here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password must have at least %n character(s).</source>
        <translation>
            <numerusform>The password must have at least %n character.</numerusform>
            <numerusform>The password must have at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The table has %Ln row(s): an Excel sheet holds at most %1. Choose a shorter period or save it as CSV.</source>
        <translation>
            <numerusform>The table has %Ln row: an Excel sheet holds at most %1. Choose a shorter period or save it as CSV.</numerusform>
            <numerusform>The table has %Ln rows: an Excel sheet holds at most %1. Choose a shorter period or save it as CSV.</numerusform>
        </translation>
    </message>
    <message>
        <source>the file is not an Excel workbook (.xlsx) nor a CSV file: open it in the spreadsheet and save it as .xlsx or .csv.</source>
        <translation>the file is not an Excel workbook (.xlsx) nor a CSV file: open it in the spreadsheet and save it as .xlsx or .csv.</translation>
    </message>
    <message>
        <source>the workbook is damaged or incomplete (cut short while copying?): open it in the spreadsheet and save it again as .xlsx or .csv.</source>
        <translation>the workbook is damaged or incomplete (cut short while copying?): open it in the spreadsheet and save it again as .xlsx or .csv.</translation>
    </message>
    <message>
        <source>the workbook is too large to import (over %1 once unpacked): split it, or save the sheet as .csv.</source>
        <translation>the workbook is too large to import (over %1 once unpacked): split it, or save the sheet as .csv.</translation>
    </message>
    <message>
        <source>the workbook unpacks to %1× its size, which no real sheet does: it was refused as possibly harmful. Save the sheet again as .xlsx or .csv.</source>
        <translation>the workbook unpacks to %1× its size, which no real sheet does: it was refused as possibly harmful. Save the sheet again as .xlsx or .csv.</translation>
    </message>
    <message>
        <source>the workbook is protected by a password: open it in the spreadsheet, remove the password and save it as .xlsx or .csv.</source>
        <translation>the workbook is protected by a password: open it in the spreadsheet, remove the password and save it as .xlsx or .csv.</translation>
    </message>
    <message>
        <source>this is an old Excel file (.xls), which cannot be read: open it in the spreadsheet and save it as .xlsx or .csv.</source>
        <translation>this is an old Excel file (.xls), which cannot be read: open it in the spreadsheet and save it as .xlsx or .csv.</translation>
    </message>
    <message>
        <source>this is an OpenDocument spreadsheet (.ods): open it in the spreadsheet and save it as .xlsx or .csv.</source>
        <translation>this is an OpenDocument spreadsheet (.ods): open it in the spreadsheet and save it as .xlsx or .csv.</translation>
    </message>
    <message>
        <source>the file is a ZIP archive but not an Excel workbook: save the sheet as .xlsx or .csv.</source>
        <translation>the file is a ZIP archive but not an Excel workbook: save the sheet as .xlsx or .csv.</translation>
    </message>
    <message>
        <source>the workbook is damaged (its part %1 cannot be read): open it in the spreadsheet and save it again as .xlsx or .csv.</source>
        <translation>the workbook is damaged (its part %1 cannot be read): open it in the spreadsheet and save it again as .xlsx or .csv.</translation>
    </message>
    <message>
        <source>the workbook has no worksheet.</source>
        <translation>the workbook has no worksheet.</translation>
    </message>
    <message>
        <source>the workbook has no sheet called «%1».</source>
        <translation>the workbook has no sheet called «%1».</translation>
    </message>
    <message>
        <source>the sheet is too large to import: at most %1 and %2 with values. Split it into smaller files.</source>
        <translation>the sheet is too large to import: at most %1 and %2 with values. Split it into smaller files.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln column(s)</source>
        <translation>
            <numerusform>%Ln column</numerusform>
            <numerusform>%Ln columns</numerusform>
        </translation>
    </message>
    <message>
        <source>table «%1» is missing</source>
        <translation>table «%1» is missing</translation>
    </message>
    <message>
        <source>index «%1» is missing</source>
        <translation>index «%1» is missing</translation>
    </message>
    <message>
        <source>trigger «%1» is missing</source>
        <translation>trigger «%1» is missing</translation>
    </message>
    <message>
        <source>view «%1» is missing</source>
        <translation>view «%1» is missing</translation>
    </message>
    <message>
        <source>unexpected table «%1»</source>
        <translation>unexpected table «%1»</translation>
    </message>
    <message>
        <source>unexpected index «%1»</source>
        <translation>unexpected index «%1»</translation>
    </message>
    <message>
        <source>unexpected trigger «%1»</source>
        <translation>unexpected trigger «%1»</translation>
    </message>
    <message>
        <source>unexpected view «%1»</source>
        <translation>unexpected view «%1»</translation>
    </message>
    <message>
        <source>table «%1» has different constraints</source>
        <translation>table «%1» has different constraints</translation>
    </message>
    <message>
        <source>index «%1» is different</source>
        <translation>index «%1» is different</translation>
    </message>
    <message>
        <source>trigger «%1» is different</source>
        <translation>trigger «%1» is different</translation>
    </message>
    <message>
        <source>view «%1» is different</source>
        <translation>view «%1» is different</translation>
    </message>
    <message>
        <source>column «%2» of table «%1» is missing</source>
        <translation>column «%2» of table «%1» is missing</translation>
    </message>
    <message>
        <source>unexpected column «%2» in table «%1»</source>
        <translation>unexpected column «%2» in table «%1»</translation>
    </message>
    <message>
        <source>column «%2» of table «%1» is different</source>
        <translation>column «%2» of table «%1» is different</translation>
    </message>
    <message numerus="yes">
        <source>and %n more difference(s)</source>
        <translation><numerusform>and %n more difference</numerusform><numerusform>and %n more differences</numerusform></translation>
    </message>
    <message>
        <source>The database %1 does not have the structure its version (%2) says: %3. It was not opened, so that nothing is written into it; the file was left untouched: restore a backup.</source>
        <translation>The database %1 does not have the structure its version (%2) says: %3. It was not opened, so that nothing is written into it; the file was left untouched: restore a backup.</translation>
    </message>
    <message>
        <source>its tables differ</source>
        <translation>its tables differ</translation>
    </message>
    <message>
        <source>the workbook has no sheet called «%1»: its sheets are %2.</source>
        <translation>the workbook has no sheet called «%1»: its sheets are %2.</translation>
    </message>
    <message>
        <source>a CSV file has no sheets: --sheet «%1» is for an Excel workbook (.xlsx).</source>
        <translation>a CSV file has no sheets: --sheet «%1» is for an Excel workbook (.xlsx).</translation>
    </message>
</context>
<context>
    <name>core::FirstAdministratorDialog</name>
    <message>
        <source>First start: administrator</source>
        <translation>First start: administrator</translation>
    </message>
    <message>
        <source>&lt;b&gt;This database has no operator accounts yet.&lt;/b&gt;&lt;br/&gt;Create the administrator's account: the administrator then creates an account for every operator, coordinator and psychologist (File &amp;gt; Operators and roles). Keep this password safe.</source>
        <translation>&lt;b&gt;This database has no operator accounts yet.&lt;/b&gt;&lt;br/&gt;Create the administrator's account: the administrator then creates an account for every operator, coordinator and psychologist (File &amp;gt; Operators and roles). Keep this password safe.</translation>
    </message>
    <message>
        <source>Name and surname</source>
        <translation>Name and surname</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repeat it:</translation>
    </message>
    <message>
        <source>&amp;Create and sign in</source>
        <translation>&amp;Create and sign in</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message numerus="yes">
        <source>User names: lower-case letters, digits, dots (mario.rossi). Passwords: at least %n character(s).</source>
        <translation>
            <numerusform>User names: lower-case letters, digits, dots (mario.rossi). Passwords: at least %n character.</numerusform>
            <numerusform>User names: lower-case letters, digits, dots (mario.rossi). Passwords: at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core::ImportAgainBox</name>
    <message>
        <source>Import it again anyway: it is a new file with the same content</source>
        <translation>Import it again anyway: it is a new file with the same content</translation>
    </message>
</context>
<context>
    <name>core::ImportDialogFrame</name>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>&amp;Choose file...</source>
        <translation>&amp;Choose file...</translation>
    </message>
    <message>
        <source>Choose a file (Excel .xlsx or CSV): it is checked first, and nothing is written until you import it.</source>
        <translation>Choose a file (Excel .xlsx or CSV): it is checked first, and nothing is written until you import it.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;Excel workbooks (*.xlsx);;CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv *.txt);;Excel workbooks (*.xlsx);;CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
</context>
<context>
    <name>core::ImportProblemsTable</name>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
</context>
<context>
    <name>core::PasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>&lt;b&gt;Choose your own password now.&lt;/b&gt;&lt;br/&gt;The one you were given was temporary.</source>
        <translation>&lt;b&gt;Choose your own password now.&lt;/b&gt;&lt;br/&gt;The one you were given was temporary.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>New password again</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>&amp;Temporary password:</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repeat it:</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>&amp;Change password</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>The two new passwords differ.</translation>
    </message>
    <message numerus="yes">
        <source>Choose a password of at least %n character(s) that only you know.</source>
        <translation>
            <numerusform>Choose a password of at least %n character that only you know.</numerusform>
            <numerusform>Choose a password of at least %n characters that only you know.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core::PermissionText</name>
    <message>
        <source>Manage operator accounts and roles</source>
        <translation>Manage operator accounts and roles</translation>
    </message>
    <message>
        <source>See the audit log</source>
        <translation>See the audit log</translation>
    </message>
    <message>
        <source>Change the workstation settings</source>
        <translation>Change the workstation settings</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <source>Configure synchronisation</source>
        <translation>Configure synchronisation</translation>
    </message>
    <message>
        <source>See the comuni and their contacts</source>
        <translation>See the comuni and their contacts</translation>
    </message>
    <message>
        <source>Edit town hall and COC contacts</source>
        <translation>Edit town hall and COC contacts</translation>
    </message>
    <message>
        <source>See the warehouse stock</source>
        <translation>See the warehouse stock</translation>
    </message>
    <message>
        <source>Receive, issue and adjust stock</source>
        <translation>Receive, issue and adjust stock</translation>
    </message>
    <message>
        <source>See deliveries</source>
        <translation>See deliveries</translation>
    </message>
    <message>
        <source>Plan and record deliveries</source>
        <translation>Plan and record deliveries</translation>
    </message>
    <message>
        <source>See volunteers and activations</source>
        <translation>See volunteers and activations</translation>
    </message>
    <message>
        <source>Record volunteer activations</source>
        <translation>Record volunteer activations</translation>
    </message>
    <message>
        <source>Issue attestati</source>
        <translation>Issue attestati</translation>
    </message>
    <message>
        <source>See study-support bookings</source>
        <translation>See study-support bookings</translation>
    </message>
    <message>
        <source>Manage study-support bookings</source>
        <translation>Manage study-support bookings</translation>
    </message>
    <message>
        <source>See the callback queue without callers' data, and aggregate figures</source>
        <translation>See the callback queue without callers' data, and aggregate figures</translation>
    </message>
    <message>
        <source>Record a request left on the listening line</source>
        <translation>Record a request left on the listening line</translation>
    </message>
    <message>
        <source>Read callers' names, phone numbers and notes</source>
        <translation>Read callers' names, phone numbers and notes</translation>
    </message>
    <message>
        <source>Assign requests to psychologists</source>
        <translation>Assign requests to psychologists</translation>
    </message>
    <message>
        <source>Log callback attempts</source>
        <translation>Log callback attempts</translation>
    </message>
    <message>
        <source>Record the interview outcome and close a request</source>
        <translation>Record the interview outcome and close a request</translation>
    </message>
    <message>
        <source>Record an escalation to 118</source>
        <translation>Record an escalation to 118</translation>
    </message>
    <message>
        <source>Close a request whose caller cannot be reached</source>
        <translation>Close a request whose caller cannot be reached</translation>
    </message>
    <message>
        <source>Manage volunteer support groups</source>
        <translation>Manage volunteer support groups</translation>
    </message>
    <message>
        <source>Manage the psychologists and their COC placements</source>
        <translation>Manage the psychologists and their COC placements</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Comuni</source>
        <translation>Comuni</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Warehouse</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Deliveries</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>ConosciAMO</source>
        <translation>ConosciAMO</translation>
    </message>
    <message>
        <source>AscoltiAMO</source>
        <translation>AscoltiAMO</translation>
    </message>
    <message>
        <source>Replace the database with a backup</source>
        <translation>Replace the database with a backup</translation>
    </message>
    <message>
        <source>Produce aggregate reports (totals, no names) and the open data</source>
        <translation>Produce aggregate reports (totals, no names) and the open data</translation>
    </message>
    <message>
        <source>Read volunteers' names, codici fiscali and employers in reports</source>
        <translation>Read volunteers' names, codici fiscali and employers in reports</translation>
    </message>
    <message>
        <source>Merge records created twice on different workstations</source>
        <translation>Merge records created twice on different workstations</translation>
    </message>
    <message>
        <source>See the operations room's events and diary</source>
        <translation>See the operations room's events and diary</translation>
    </message>
    <message>
        <source>Write the room diary and keep the room's events</source>
        <translation>Write the room diary and keep the room's events</translation>
    </message>
    <message>
        <source>Register communications and send circulars to the mayors</source>
        <translation>Register communications and send circulars to the mayors</translation>
    </message>
    <message>
        <source>See the Colonna Mobile's vehicles, equipment and sites</source>
        <translation>See the Colonna Mobile's vehicles, equipment and sites</translation>
    </message>
    <message>
        <source>Edit vehicles, equipment and sites and record maintenance</source>
        <translation>Edit vehicles, equipment and sites and record maintenance</translation>
    </message>
    <message>
        <source>Lend equipment to organisations and record its return</source>
        <translation>Lend equipment to organisations and record its return</translation>
    </message>
    <message>
        <source>Operations room</source>
        <translation>Operations room</translation>
    </message>
    <message>
        <source>Colonna Mobile</source>
        <translation>Colonna Mobile</translation>
    </message>
    <message>
        <source>Record courses, attendance, test results, certificates and exercises</source>
        <translation>Record courses, attendance, test results, certificates and exercises</translation>
    </message>
    <message>
        <source>Record and import the state of the comuni's emergency plans</source>
        <translation>Record and import the state of the comuni's emergency plans</translation>
    </message>
    <message>
        <source>Deploy modules, vehicles, equipment and volunteers of the Colonna Mobile</source>
        <translation>Deploy modules, vehicles, equipment and volunteers of the Colonna Mobile</translation>
    </message>
</context>
<context>
    <name>core::ReportActions</name>
    <message>
        <source>Print preview: %1</source>
        <translation>Print preview: %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>Save as CSV</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV for spreadsheets (*.csv)</translation>
    </message>
    <message>
        <source>Save as Excel</source>
        <translation>Save as Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>core::ReportChart</name>
    <message>
        <source>No data</source>
        <translation>No data</translation>
    </message>
</context>
<context>
    <name>core::ReportDialog</name>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;At date:</source>
        <translation>&amp;At date:</translation>
    </message>
    <message>
        <source>&amp;Grouped by:</source>
        <translation>&amp;Grouped by:</translation>
    </message>
    <message>
        <source>Print &amp;preview...</source>
        <translation>Print &amp;preview...</translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation>Save as P&amp;DF...</translation>
    </message>
    <message>
        <source>Save as &amp;CSV...</source>
        <translation>Save as &amp;CSV...</translation>
    </message>
    <message>
        <source>Save as &amp;Excel...</source>
        <translation>Save as &amp;Excel...</translation>
    </message>
    <message>
        <source>Preparing the report “%1”…</source>
        <translation>Preparing the report “%1”…</translation>
    </message>
</context>
<context>
    <name>core::ReportHtmlWriter</name>
    <message>
        <source>Printed on %1 at %2</source>
        <translation>Printed on %1 at %2</translation>
    </message>
    <message>
        <source>Printed on %1 at %2 by %3</source>
        <translation>Printed on %1 at %2 by %3</translation>
    </message>
</context>
<context>
    <name>core::ReportRenderer</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>core::ReportXlsx</name>
    <message>
        <source>Printed by</source>
        <translation>Printed by</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>Printed on</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
</context>
<context>
    <name>core::RoleText</name>
    <message>
        <source>operator</source>
        <translation>operator</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>coordinator</translation>
    </message>
    <message>
        <source>psychologist</source>
        <translation>psychologist</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>(no role)</source>
        <translation>(no role)</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 or %2</translation>
    </message>
    <message>
        <source>service</source>
        <translation>service</translation>
    </message>
</context>
<context>
    <name>core::SignInDialog</name>
    <message>
        <source>Workstation locked</source>
        <translation>Workstation locked</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ci siAMO! · CCV-MI operations room&lt;/b&gt;&lt;br/&gt;Sign in with your user name and password. Everything you do is recorded under your name.</source>
        <translation>&lt;b&gt;Ci siAMO! · CCV-MI operations room&lt;/b&gt;&lt;br/&gt;Sign in with your user name and password. Everything you do is recorded under your name.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shift change&lt;/b&gt;&lt;br/&gt;The new operator signs in; the program stays open.</source>
        <translation>&lt;b&gt;Shift change&lt;/b&gt;&lt;br/&gt;The new operator signs in; the program stays open.</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>user name</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Quit the program</source>
        <translation>&amp;Quit the program</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Type your user name.</translation>
    </message>
    <message>
        <source>Choose a new password to go on.</source>
        <translation>Choose a new password to go on.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The workstation is locked.&lt;/b&gt;&lt;br/&gt;Sign in again to go on, or sign in as another operator.</source>
        <translation>&lt;b&gt;The workstation is locked.&lt;/b&gt;&lt;br/&gt;Sign in again to go on, or sign in as another operator.</translation>
    </message>
</context>
<context>
    <name>core::SyncErrorText</name>
    <message>
        <source>No sync folder is set: choose one in Settings, Synchronisation.</source>
        <translation>No sync folder is set: choose one in Settings, Synchronisation.</translation>
    </message>
    <message>
        <source>The sync folder %1 cannot be reached (network share down, USB key removed?). Work goes on here and the changes leave as soon as it is back.</source>
        <translation>The sync folder %1 cannot be reached (network share down, USB key removed?). Work goes on here and the changes leave as soon as it is back.</translation>
    </message>
    <message>
        <source>The sync file %1 could not be written (%2). Nothing was lost: the changes stay here and leave with the next export.</source>
        <translation>The sync file %1 could not be written (%2). Nothing was lost: the changes stay here and leave with the next export.</translation>
    </message>
    <message>
        <source>the file is incomplete (cut short while it was being copied?): refused, nothing of it was applied.</source>
        <translation>the file is incomplete (cut short while it was being copied?): refused, nothing of it was applied.</translation>
    </message>
    <message>
        <source>the file is damaged or was altered (its checksum does not match): refused, nothing of it was applied.</source>
        <translation>the file is damaged or was altered (its checksum does not match): refused, nothing of it was applied.</translation>
    </message>
    <message>
        <source>the file was written by a newer version of the program, or is not a sync file: refused. Update the program on this workstation.</source>
        <translation>the file was written by a newer version of the program, or is not a sync file: refused. Update the program on this workstation.</translation>
    </message>
    <message>
        <source>the file's name does not match its contents (renamed or altered): refused, nothing of it was applied.</source>
        <translation>the file's name does not match its contents (renamed or altered): refused, nothing of it was applied.</translation>
    </message>
    <message>
        <source>the name is not that of a sync file written by the program (renamed or copied by hand?): ignored.</source>
        <translation>the name is not that of a sync file written by the program (renamed or copied by hand?): ignored.</translation>
    </message>
    <message>
        <source>the file comes from a newer version of the program (database version %1, this one has %2): refused. Update the program on this workstation; the file will be applied then.</source>
        <translation>the file comes from a newer version of the program (database version %1, this one has %2): refused. Update the program on this workstation; the file will be applied then.</translation>
    </message>
    <message>
        <source>the file was written by a copy of this very database on another computer (workstation %1). A copied database must get its own workstation number before it is used: refused.</source>
        <translation>the file was written by a copy of this very database on another computer (workstation %1). A copied database must get its own workstation number before it is used: refused.</translation>
    </message>
    <message>
        <source>the file comes from another workstation that also uses number %1, like this one. Two workstations must never share a number: change it on one of them (Settings, Workstation). Refused.</source>
        <translation>the file comes from another workstation that also uses number %1, like this one. Two workstations must never share a number: change it on one of them (Settings, Workstation). Refused.</translation>
    </message>
    <message>
        <source>the file comes from another workstation («%2») that also uses number %1, like this one. Two workstations must never share a number: change it on one of them (Settings, Workstation). Refused.</source>
        <translation>the file comes from another workstation («%2») that also uses number %1, like this one. Two workstations must never share a number: change it on one of them (Settings, Workstation). Refused.</translation>
    </message>
    <message>
        <source>two different databases (%2 and %3) both use workstation number %1: the files of the second are refused until one of them changes number.</source>
        <translation>two different databases (%2 and %3) both use workstation number %1: the files of the second are refused until one of them changes number.</translation>
    </message>
    <message>
        <source>the file must wait: the changes %2 to %3 of workstation %1 have not arrived yet (a file still being copied, or missing from the folder).</source>
        <translation>the file must wait: the changes %2 to %3 of workstation %1 have not arrived yet (a file still being copied, or missing from the folder).</translation>
    </message>
    <message>
        <source>The conflict %1 does not exist or was already settled.</source>
        <translation>The conflict %1 does not exist or was already settled.</translation>
    </message>
    <message>
        <source>The discarded values of this conflict cannot be restored (record %2 of %1).</source>
        <translation>The discarded values of this conflict cannot be restored (record %2 of %1).</translation>
    </message>
    <message>
        <source>The discarded values could not be restored on record %2 of %1: %3</source>
        <translation>The discarded values could not be restored on record %2 of %1: %3</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (%2): it cannot be used.</source>
        <translation>The backup %1 is damaged (%2): it cannot be used.</translation>
    </message>
    <message>
        <source>There is no intact automatic backup in %1.</source>
        <translation>There is no intact automatic backup in %1.</translation>
    </message>
    <message>
        <source>%1 is the database itself, not a backup of it.</source>
        <translation>%1 is the database itself, not a backup of it.</translation>
    </message>
    <message>
        <source>the file is not a valid sync file: refused, nothing of it was applied.</source>
        <translation>the file is not a valid sync file: refused, nothing of it was applied.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist: nothing was exported (is the USB key or the network share connected?). The changes stay here and leave with the next export.</source>
        <translation>The folder %1 does not exist: nothing was exported (is the USB key or the network share connected?). The changes stay here and leave with the next export.</translation>
    </message>
    <message>
        <source>the file is not authenticated (not made by a workstation of this room, altered, or renamed): refused, nothing of it was applied, and the refusal is in the audit log.</source>
        <translation>the file is not authenticated (not made by a workstation of this room, altered, or renamed): refused, nothing of it was applied, and the refusal is in the audit log.</translation>
    </message>
    <message>
        <source>%1 belongs to no operations room: join with the database of a workstation that is in the room.</source>
        <translation>%1 belongs to no operations room: join with the database of a workstation that is in the room.</translation>
    </message>
    <message>
        <source>This database already belongs to the room "%1": a second room would make every file of the first one unreadable.</source>
        <translation>This database already belongs to the room "%1": a second room would make every file of the first one unreadable.</translation>
    </message>
    <message>
        <source>Give the room a name (at most 80 characters).</source>
        <translation>Give the room a name (at most 80 characters).</translation>
    </message>
    <message>
        <source>The room's key could not be made or is not valid.</source>
        <translation>The room's key could not be made or is not valid.</translation>
    </message>
    <message>
        <source>the file is a conflict copy made by the file-sync program and differs from its original: damaged, not applied. Delete it once the original has been applied.</source>
        <translation>the file is a conflict copy made by the file-sync program and differs from its original: damaged, not applied. Delete it once the original has been applied.</translation>
    </message>
    <message>
        <source>the file is a conflict copy of %1 made by the file-sync program and differs from it: damaged, not applied. Delete it once the original has been applied.</source>
        <translation>the file is a conflict copy of %1 made by the file-sync program and differs from it: damaged, not applied. Delete it once the original has been applied.</translation>
    </message>
    <message>
        <source>The file %1 cannot be sent again: no intact copy of it is kept on this workstation.</source>
        <translation>The file %1 cannot be sent again: no intact copy of it is kept on this workstation.</translation>
    </message>
    <message>
        <source>This database belongs to no operations room yet: no sync file is read or written. Create the room on the first workstation (cisiamo room create --name NAME); the others join it with an invitation (cisiamo room invite on a member, cisiamo room join FILE on the new workstation), or with cisiamo room join --from FILE, FILE being a copy of a member's database.</source>
        <translation>This database belongs to no operations room yet: no sync file is read or written. Create the room on the first workstation (cisiamo room create --name NAME); the others join it with an invitation (cisiamo room invite on a member, cisiamo room join FILE on the new workstation), or with cisiamo room join --from FILE, FILE being a copy of a member's database.</translation>
    </message>
    <message>
        <source>No passphrase for the invitation: set the environment variable %1 or run the command in a terminal, where it asks for it.</source>
        <translation>No passphrase for the invitation: set the environment variable %1 or run the command in a terminal, where it asks for it.</translation>
    </message>
    <message>
        <source>The two passphrases differ: nothing was written.</source>
        <translation>The two passphrases differ: nothing was written.</translation>
    </message>
    <message>
        <source>The encryption library does not work on this computer: no invitation can be written or read.</source>
        <translation>The encryption library does not work on this computer: no invitation can be written or read.</translation>
    </message>
    <message>
        <source>%1 is not an invitation to an operations room: nothing was created.</source>
        <translation>%1 is not an invitation to an operations room: nothing was created.</translation>
    </message>
    <message>
        <source>The invitation %1 is damaged or incomplete (cut short while it was copied, or altered): nothing was created. Ask the workstation that made it for a new one.</source>
        <translation>The invitation %1 is damaged or incomplete (cut short while it was copied, or altered): nothing was created. Ask the workstation that made it for a new one.</translation>
    </message>
    <message>
        <source>The invitation %1 was made by a newer version of the program: nothing was created. Update the program on this workstation.</source>
        <translation>The invitation %1 was made by a newer version of the program: nothing was created. Update the program on this workstation.</translation>
    </message>
    <message>
        <source>Wrong passphrase for the invitation %1: nothing was created.</source>
        <translation>Wrong passphrase for the invitation %1: nothing was created.</translation>
    </message>
    <message>
        <source>%1 already exists and holds data: nothing was replaced. Choose another file name for the new database, or move that file away first.</source>
        <translation>%1 already exists and holds data: nothing was replaced. Choose another file name for the new database, or move that file away first.</translation>
    </message>
    <message>
        <source>Workstation number %1 is already used in the room: choose another one. Nothing was created.</source>
        <translation>Workstation number %1 is already used in the room: choose another one. Nothing was created.</translation>
    </message>
    <message>
        <source>Workstation number %1 is already used in the room («%2»): choose another one. Nothing was created.</source>
        <translation>Workstation number %1 is already used in the room («%2»): choose another one. Nothing was created.</translation>
    </message>
    <message>
        <source>This database is a copy of workstation %2's, made by hand: the sync folder holds the file %1 of this very identity that this database did not write. Nothing was exported nor imported, or the two would overwrite each other's records. Join the room with an invitation instead: cisiamo room invite on a member, then cisiamo room join FILE --workstation N (a free number) on this computer. A backup put back by hand is restored with cisiamo restore BACKUP instead.</source>
        <translation>This database is a copy of workstation %2's, made by hand: the sync folder holds the file %1 of this very identity that this database did not write. Nothing was exported nor imported, or the two would overwrite each other's records. Join the room with an invitation instead: cisiamo room invite on a member, then cisiamo room join FILE --workstation N (a free number) on this computer. A backup put back by hand is restored with cisiamo restore BACKUP instead.</translation>
    </message>
    <message>
        <source>the file comes from workstation %1, which was removed from the room: its changes after %2 are refused, nothing of it was applied, and the refusal is in the audit log.</source>
        <translation>the file comes from workstation %1, which was removed from the room: its changes after %2 are refused, nothing of it was applied, and the refusal is in the audit log.</translation>
    </message>
    <message>
        <source>the file comes from workstation %1, which is not a member of the room (it never joined, or its joining has not arrived yet): refused, nothing of it was applied, and the refusal is in the audit log.</source>
        <translation>the file comes from workstation %1, which is not a member of the room (it never joined, or its joining has not arrived yet): refused, nothing of it was applied, and the refusal is in the audit log.</translation>
    </message>
    <message>
        <source>Workstation %1 is this one: a workstation cannot remove itself from the room.</source>
        <translation>Workstation %1 is this one: a workstation cannot remove itself from the room.</translation>
    </message>
    <message>
        <source>Workstation %1 is not in the room's membership list (cisiamo room status lists the members).</source>
        <translation>Workstation %1 is not in the room's membership list (cisiamo room status lists the members).</translation>
    </message>
    <message>
        <source>Workstation %1 was already removed from the room.</source>
        <translation>Workstation %1 was already removed from the room.</translation>
    </message>
    <message>
        <source>The file %1 cannot be sent again: every workstation of the room had it, so it was removed with its copy. A workstation that lacks it joins the room again with an invitation.</source>
        <translation>The file %1 cannot be sent again: every workstation of the room had it, so it was removed with its copy. A workstation that lacks it joins the room again with an invitation.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase of an invitation must have at least %n character(s): nothing was written.</source>
        <translation>
            <numerusform>The passphrase of an invitation must have at least %n character: nothing was written.</numerusform>
            <numerusform>The passphrase of an invitation must have at least %n characters: nothing was written.</numerusform>
        </translation>
    </message>
    <message>
        <source>the codice fiscale</source>
        <translation>the codice fiscale</translation>
    </message>
    <message>
        <source>the code</source>
        <translation>the code</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>the name</translation>
    </message>
    <message>
        <source>the number</source>
        <translation>the number</translation>
    </message>
    <message>
        <source>the registry number</source>
        <translation>the registry number</translation>
    </message>
    <message>
        <source>the booking id on the platform</source>
        <translation>the booking id on the platform</translation>
    </message>
    <message>
        <source>the user name</source>
        <translation>the user name</translation>
    </message>
    <message>
        <source>the workstation number</source>
        <translation>the workstation number</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>a value</translation>
    </message>
    <message>
        <source>It refers to a record not received yet: it is applied as soon as that arrives.</source>
        <translation>It refers to a record not received yet: it is applied as soon as that arrives.</translation>
    </message>
    <message>
        <source>%1 is the same as a record made on another workstation, whose details differ: a person decides whether they are one (Synchronisation, To reconcile).</source>
        <translation>%1 is the same as a record made on another workstation, whose details differ: a person decides whether they are one (Synchronisation, To reconcile).</translation>
    </message>
    <message>
        <source>%1 is already used here by another record: rename one of the two.</source>
        <translation>%1 is already used here by another record: rename one of the two.</translation>
    </message>
    <message>
        <source>A rule of this database refuses it (a value outside what is allowed here).</source>
        <translation>A rule of this database refuses it (a value outside what is allowed here).</translation>
    </message>
    <message>
        <source>These records cannot be merged: they are not of a kind the program merges, or they are the same record.</source>
        <translation>These records cannot be merged: they are not of a kind the program merges, or they are the same record.</translation>
    </message>
    <message>
        <source>One of the two records is no longer here nor waiting (merged or changed meanwhile): the list is read again.</source>
        <translation>One of the two records is no longer here nor waiting (merged or changed meanwhile): the list is read again.</translation>
    </message>
    <message>
        <source>The two records cannot be merged: moving what refers to one of them onto the other would break a rule of the database (for example two renewals of the same year). Correct one of the two first.</source>
        <translation>The two records cannot be merged: moving what refers to one of them onto the other would break a rule of the database (for example two renewals of the same year). Correct one of the two first.</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>clock of workstation %1 ahead by %2</source>
        <translation>clock of workstation %1 ahead by %2</translation>
    </message>
    <message>
        <source>workstation %1</source>
        <translation>workstation %1</translation>
    </message>
    <message>
        <source>workstation %1 (%2)</source>
        <translation>workstation %1 (%2)</translation>
    </message>
    <message>
        <source>The clock of %1 is %2 ahead of this one. Its changes are applied, but until its date and time are set right its edits win over every edit made at the same time elsewhere: correct the clock of that computer (or of this one, if it is this one that is behind).</source>
        <translation>The clock of %1 is %2 ahead of this one. Its changes are applied, but until its date and time are set right its edits win over every edit made at the same time elsewhere: correct the clock of that computer (or of this one, if it is this one that is behind).</translation>
    </message>
    <message>
        <source>This merge was already undone (here or on another workstation): the list is read again.</source>
        <translation>This merge was already undone (here or on another workstation): the list is read again.</translation>
    </message>
    <message>
        <source>The merged record cannot come back: %1 would be the same as another record's (the record kept's, unless it was corrected). Give the record brought back its correct value in the undo, or correct the record kept first, then undo the merge.</source>
        <translation>The merged record cannot come back: %1 would be the same as another record's (the record kept's, unless it was corrected). Give the record brought back its correct value in the undo, or correct the record kept first, then undo the merge.</translation>
    </message>
    <message>
        <source>Another record already has %1 %2: nothing was undone.</source>
        <translation>Another record already has %1 %2: nothing was undone.</translation>
    </message>
    <message>
        <source>Another record already has %1 %2 (%3): nothing was undone. Check the value, or merge the two records instead.</source>
        <translation>Another record already has %1 %2 (%3): nothing was undone. Check the value, or merge the two records instead.</translation>
    </message>
    <message>
        <source>Give %1 of the record brought back: it cannot be empty.</source>
        <translation>Give %1 of the record brought back: it cannot be empty.</translation>
    </message>
</context>
<context>
    <name>core::TableMenu</name>
    <message>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <source>Export this table</source>
        <translation>Export this table</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Export this table...</source>
        <translation>&amp;Export this table...</translation>
    </message>
    <message>
        <source>Copy the selected rows</source>
        <translation>Copy the selected rows</translation>
    </message>
    <message>
        <source>Save as Excel</source>
        <translation>Save as Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Save as E&amp;xcel...</source>
        <translation>Save as E&amp;xcel...</translation>
    </message>
    <message>
        <source>Reading the rows of the list...</source>
        <translation>Reading the rows of the list...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Reading the rows of the list: %1 of %2...</source>
        <translation>Reading the rows of the list: %1 of %2...</translation>
    </message>
    <message>
        <source>Writing the file...</source>
        <translation>Writing the file...</translation>
    </message>
    <message>
        <source>Preparing the rows: %1 of %2...</source>
        <translation>Preparing the rows: %1 of %2...</translation>
    </message>
</context>
<context>
    <name>core::TimeField</name>
    <message>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <source>A time is required: write hh:mm</source>
        <translation>A time is required: write hh:mm</translation>
    </message>
    <message>
        <source>Invalid time: write hh:mm</source>
        <translation>Invalid time: write hh:mm</translation>
    </message>
</context>
<context>
    <name>deliveries::AllocationFiles</name>
    <message>
        <source>Equitable allocation (trial, nothing recorded)</source>
        <translation>Equitable allocation (trial, nothing recorded)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>ISTAT code</source>
        <translation>ISTAT code</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Asked (kg)</source>
        <translation>Asked (kg)</translation>
    </message>
    <message>
        <source>Given (kg)</source>
        <translation>Given (kg)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Shares</translation>
    </message>
    <message>
        <source>Available %1 kg, asked %2 kg, given %3 kg.</source>
        <translation>Available %1 kg, asked %2 kg, given %3 kg.</translation>
    </message>
    <message>
        <source>Exact share (kg)</source>
        <translation>Exact share (kg)</translation>
    </message>
    <message>
        <source>Fill rate</source>
        <translation>Fill rate</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>deliveries::AllocationModel</name>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Asked</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Exact share</source>
        <translation>Exact share</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>Fill rate</source>
        <translation>Fill rate</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Changed by hand from %1: %2</source>
        <translation>Changed by hand from %1: %2</translation>
    </message>
    <message>
        <source> (remainder %1, %2° largest)</source>
        <translation> (remainder %1, %2° largest)</translation>
    </message>
</context>
<context>
    <name>deliveries::AllocationPage</name>
    <message>
        <source>Day of the allocation</source>
        <translation>Day of the allocation</translation>
    </message>
    <message>
        <source>When the goods are not enough: shares in proportion to what each comune asked, or to its residents (never more than asked).</source>
        <translation>When the goods are not enough: shares in proportion to what each comune asked, or to its residents (never more than asked).</translation>
    </message>
    <message>
        <source>Carry over: what a request does not get becomes a new request that waits for the next allocation. Close: it is not given.</source>
        <translation>Carry over: what a request does not get becomes a new request that waits for the next allocation. Close: it is not given.</translation>
    </message>
    <message>
        <source>&amp;Calculate the shares</source>
        <translation>&amp;Calculate the shares</translation>
    </message>
    <message>
        <source>Goods to share</source>
        <translation>Goods to share</translation>
    </message>
    <message>
        <source>To share</source>
        <translation>To share</translation>
    </message>
    <message>
        <source>&amp;Share again</source>
        <translation>&amp;Share again</translation>
    </message>
    <message>
        <source>Shares the quantity written on the left among the requests (changes by hand are dropped).</source>
        <translation>Shares the quantity written on the left among the requests (changes by hand are dropped).</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Shares</translation>
    </message>
    <message>
        <source>C&amp;hange this share...</source>
        <translation>C&amp;hange this share...</translation>
    </message>
    <message>
        <source>Notes of the allocation (optional)</source>
        <translation>Notes of the allocation (optional)</translation>
    </message>
    <message>
        <source>C&amp;onfirm the allocation</source>
        <translation>C&amp;onfirm the allocation</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Unmet demand</source>
        <translation>Unmet demand</translation>
    </message>
    <message>
        <source>Request lines</source>
        <translation>Request lines</translation>
    </message>
    <message>
        <source>Given / asked</source>
        <translation>Given / asked</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Allocations made</source>
        <translation>Allocations made</translation>
    </message>
    <message>
        <source>&amp;Print the allocation...</source>
        <translation>&amp;Print the allocation...</translation>
    </message>
    <message>
        <source>Plan its &amp;deliveries...</source>
        <translation>Plan its &amp;deliveries...</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Day:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Method:</translation>
    </message>
    <message>
        <source>Unmet demand:</source>
        <translation>Unmet demand:</translation>
    </message>
    <message>
        <source>To share:</source>
        <translation>To share:</translation>
    </message>
    <message>
        <source>Calculate the shares: the requests waiting on the day are grouped by kind of goods and shared out with what the warehouse holds. Nothing is recorded until you confirm.</source>
        <translation>Calculate the shares: the requests waiting on the day are grouped by kind of goods and shared out with what the warehouse holds. Nothing is recorded until you confirm.</translation>
    </message>
    <message>
        <source>%1
%2 of %3 asked (%4)</source>
        <translation>%1
%2 of %3 asked (%4)</translation>
    </message>
    <message>
        <source> pcs</source>
        <translation> pcs</translation>
    </message>
    <message>
        <source> kg</source>
        <translation> kg</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: the warehouse can issue %2 on the day; %3 already promised (planned deliveries, allocations not yet planned). Asked: %4.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: the warehouse can issue %2 on the day; %3 already promised (planned deliveries, allocations not yet planned). Asked: %4.</translation>
    </message>
    <message>
        <source>a share per resident of its comune</source>
        <translation>a share per resident of its comune</translation>
    </message>
    <message>
        <source>the same share of what it asked</source>
        <translation>the same share of what it asked</translation>
    </message>
    <message>
        <source>Enough for everyone: every request gets what it asked.</source>
        <translation>Enough for everyone: every request gets what it asked.</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Allocation</translation>
    </message>
    <message>
        <source>Change a share</source>
        <translation>Change a share</translation>
    </message>
    <message>
        <source>Nothing available in the allocation of %1</source>
        <translation>Nothing available in the allocation of %1</translation>
    </message>
    <message>
        <source>Allocation recorded. The requests that received something are now allocated.</source>
        <translation>Allocation recorded. The requests that received something are now allocated.</translation>
    </message>
    <message>
        <source>Allocation recorded. Plan the deliveries now?</source>
        <translation>Allocation recorded. Plan the deliveries now?</translation>
    </message>
    <message>
        <source>Plan the deliveries</source>
        <translation>Plan the deliveries</translation>
    </message>
    <message>
        <source>Every request of this allocation has its delivery already.</source>
        <translation>Every request of this allocation has its delivery already.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) waiting</source>
        <translation>
            <numerusform>%Ln request waiting</numerusform>
            <numerusform>%Ln requests waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not enough for everyone: each request gets %1, never more than it asked; the units left after the whole parts go to the largest remainders (%Ln request(s) got one more).</source>
        <translation>
            <numerusform>Not enough for everyone: each request gets %1, never more than it asked; the units left after the whole parts go to the largest remainders (%Ln request got one more).</numerusform>
            <numerusform>Not enough for everyone: each request gets %1, never more than it asked; the units left after the whole parts go to the largest remainders (%Ln requests got one more).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: %3, shared as chosen; the others are given in full.</source>
        <translation>%1, %2: %3, shared as chosen; the others are given in full.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln request</numerusform>
            <numerusform>%Ln requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln kind(s) of goods</source>
        <translation>
            <numerusform>%Ln kind of goods</numerusform>
            <numerusform>%Ln kinds of goods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln short</source>
        <translation>
            <numerusform>%Ln short</numerusform>
            <numerusform>%Ln short</numerusform>
        </translation>
    </message>
    <message>
        <source>Calculating the shares of %1…</source>
        <translation>Calculating the shares of %1…</translation>
    </message>
</context>
<context>
    <name>deliveries::CancelDelivery</name>
    <message>
        <source>cancellation of delivery %1</source>
        <translation>cancellation of delivery %1</translation>
    </message>
</context>
<context>
    <name>deliveries::CancelRequest</name>
    <message>
        <source>cancellation of request %1</source>
        <translation>cancellation of request %1</translation>
    </message>
</context>
<context>
    <name>deliveries::CreateAllocationDeliveries</name>
    <message>
        <source>Planning undone</source>
        <translation>Planning undone</translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies) of the allocation</source>
        <translation>
            <numerusform>%n delivery of the allocation</numerusform>
            <numerusform>%n deliveries of the allocation</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>deliveries::CreateRequest</name>
    <message>
        <source>Entry undone</source>
        <translation>Entry undone</translation>
    </message>
    <message>
        <source>new request %1</source>
        <translation>new request %1</translation>
    </message>
</context>
<context>
    <name>deliveries::DayPlan</name>
    <message>
        <source>Trip sheet of %1</source>
        <translation>Trip sheet of %1</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Deliveries</translation>
    </message>
    <message>
        <source>Distance of all rounds</source>
        <translation>Distance of all rounds</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>No deliveries on this day.</source>
        <translation>No deliveries on this day.</translation>
    </message>
    <message>
        <source>Round %1: vehicle not assigned yet</source>
        <translation>Round %1: vehicle not assigned yet</translation>
    </message>
    <message>
        <source>Round %1: %2</source>
        <translation>Round %1: %2</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Departure and return</source>
        <translation>Departure and return</translation>
    </message>
    <message>
        <source>Magazzino Idroscalo, Peschiera Borromeo</source>
        <translation>Magazzino Idroscalo, Peschiera Borromeo</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <source>%1 km, return to the Idroscalo included (%2 km)</source>
        <translation>%1 km, return to the Idroscalo included (%2 km)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Agreed time</source>
        <translation>Agreed time</translation>
    </message>
    <message>
        <source>Estimated arrival</source>
        <translation>Estimated arrival</translation>
    </message>
    <message>
        <source>DDT</source>
        <translation>DDT</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Packages</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>km from previous</source>
        <translation>km from previous</translation>
    </message>
    <message>
        <source>Delivered at (time)</source>
        <translation>Delivered at (time)</translation>
    </message>
    <message>
        <source>no position</source>
        <translation>no position</translation>
    </message>
    <message>
        <source>Back to the Idroscalo</source>
        <translation>Back to the Idroscalo</translation>
    </message>
    <message>
        <source>Departure: time and km</source>
        <translation>Departure: time and km</translation>
    </message>
    <message>
        <source>Return: time and km</source>
        <translation>Return: time and km</translation>
    </message>
    <message>
        <source>Driver's signature</source>
        <translation>Driver's signature</translation>
    </message>
    <message>
        <source>round %1</source>
        <translation>round %1</translation>
    </message>
    <message>
        <source>%1, stop %2, %3 (DDT %4): expected arrival %5, agreed %6: cannot be kept</source>
        <translation>%1, stop %2, %3 (DDT %4): expected arrival %5, agreed %6: cannot be kept</translation>
    </message>
    <message>
        <source>%1 (DDT %2): no address recorded</source>
        <translation>%1 (DDT %2): no address recorded</translation>
    </message>
    <message>
        <source>%1 (DDT %2)</source>
        <translation>%1 (DDT %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) of the day without an address: ask for it before leaving and record it</source>
        <translation>
            <numerusform>%n recipient of the day without an address: ask for it before leaving and record it</numerusform>
            <numerusform>%n recipients of the day without an address: ask for it before leaving and record it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreed time(s) that cannot be kept: tell the recipient or change the time</source>
        <translation>
            <numerusform>%n agreed time that cannot be kept: tell the recipient or change the time</numerusform>
            <numerusform>%n agreed times that cannot be kept: tell the recipient or change the time</numerusform>
        </translation>
    </message>
    <message>
        <source>Magazzino Idroscalo, Peschiera Borromeo: leave at %1</source>
        <translation>Magazzino Idroscalo, Peschiera Borromeo: leave at %1</translation>
    </message>
    <message>
        <source>%1, cannot be kept</source>
        <translation>%1, cannot be kept</translation>
    </message>
    <message>
        <source>NO ADDRESS</source>
        <translation>NO ADDRESS</translation>
    </message>
    <message>
        <source>Stops are ordered so as to keep the agreed times, then by the shortest round found. Distances are straight lines between the recipients: the road is longer. Arrivals are estimated at 30 km/h as the crow flies with 15 minutes at each stop, leaving so as to reach the first stop with an agreed time at that time and waiting when early; an agreed time reached more than 15 minutes late cannot be kept.</source>
        <translation>Stops are ordered so as to keep the agreed times, then by the shortest round found. Distances are straight lines between the recipients: the road is longer. Arrivals are estimated at 30 km/h as the crow flies with 15 minutes at each stop, leaving so as to reach the first stop with an agreed time at that time and waiting when early; an agreed time reached more than 15 minutes late cannot be kept.</translation>
    </message>
</context>
<context>
    <name>deliveries::DayPlanPage</name>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Previous day</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Next day</translation>
    </message>
    <message>
        <source>Print the &amp;trip sheet...</source>
        <translation>Print the &amp;trip sheet...</translation>
    </message>
    <message>
        <source>Print the day's &amp;DDTs...</source>
        <translation>Print the day's &amp;DDTs...</translation>
    </message>
    <message>
        <source>Every delivery note of the day in one print job, one per page.</source>
        <translation>Every delivery note of the day in one print job, one per page.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <source>DDT</source>
        <translation>DDT</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Packages</translation>
    </message>
    <message>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <source>Rounds of the day</source>
        <translation>Rounds of the day</translation>
    </message>
    <message>
        <source>Vehicle not assigned</source>
        <translation>Vehicle not assigned</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Back to the Idroscalo</source>
        <translation>Back to the Idroscalo</translation>
    </message>
    <message>
        <source>No deliveries on this day.</source>
        <translation>No deliveries on this day.</translation>
    </message>
    <message>
        <source>kg of the day</source>
        <translation>kg of the day</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>Delivery notes</source>
        <translation>Delivery notes</translation>
    </message>
    <message>
        <source>%1 ⚠</source>
        <translation>%1 ⚠</translation>
    </message>
    <message>
        <source>⚠ no address, %1</source>
        <translation>⚠ no address, %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) of the day without an address: %1. Record it under Recipients before printing the DDTs.</source>
        <translation>
            <numerusform>%Ln recipient of the day without an address: %1. Record it under Recipients before printing the DDTs.</numerusform>
            <numerusform>%Ln recipients of the day without an address: %1. Record it under Recipients before printing the DDTs.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2, %3 km in all (straight lines from the Idroscalo and back).</source>
        <translation>%1 in %2, %3 km in all (straight lines from the Idroscalo and back).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln delivery(ies)</source>
        <translation>
            <numerusform>%Ln delivery</numerusform>
            <numerusform>%Ln deliveries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln round(s)</source>
        <translation>
            <numerusform>%Ln round</numerusform>
            <numerusform>%Ln rounds</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the plan of the day…</source>
        <translation>Reading the plan of the day…</translation>
    </message>
</context>
<context>
    <name>deliveries::DeliverDelivery</name>
    <message>
        <source>Delivery undone</source>
        <translation>Delivery undone</translation>
    </message>
    <message>
        <source>delivery %1 delivered</source>
        <translation>delivery %1 delivered</translation>
    </message>
</context>
<context>
    <name>deliveries::DeliveriesErrorText</name>
    <message>
        <source>The name is missing.</source>
        <translation>The name is missing.</translation>
    </message>
    <message>
        <source>Unknown comune (%1).</source>
        <translation>Unknown comune (%1).</translation>
    </message>
    <message>
        <source>Unknown recipient (%1).</source>
        <translation>Unknown recipient (%1).</translation>
    </message>
    <message>
        <source>%1 is no longer in use as a recipient.</source>
        <translation>%1 is no longer in use as a recipient.</translation>
    </message>
    <message>
        <source>Every comune has its COC already: a COC cannot be created, nor a recipient turned into one.</source>
        <translation>Every comune has its COC already: a COC cannot be created, nor a recipient turned into one.</translation>
    </message>
    <message>
        <source>«%1» is not a valid e-mail address.</source>
        <translation>«%1» is not a valid e-mail address.</translation>
    </message>
    <message>
        <source>The coordinates are not valid: latitude between -90 and 90, longitude between -180 and 180.</source>
        <translation>The coordinates are not valid: latitude between -90 and 90, longitude between -180 and 180.</translation>
    </message>
    <message>
        <source>The date is missing.</source>
        <translation>The date is missing.</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>The date %1 is in the future.</translation>
    </message>
    <message>
        <source>The delivery cannot be needed before the request was made.</source>
        <translation>The delivery cannot be needed before the request was made.</translation>
    </message>
    <message>
        <source>There are no goods: add at least one line.</source>
        <translation>There are no goods: add at least one line.</translation>
    </message>
    <message>
        <source>The quantity must be greater than zero (not %1).</source>
        <translation>The quantity must be greater than zero (not %1).</translation>
    </message>
    <message>
        <source>The packages cannot be negative (not %1).</source>
        <translation>The packages cannot be negative (not %1).</translation>
    </message>
    <message>
        <source>%1 is asked in whole kilograms.</source>
        <translation>%1 is asked in whole kilograms.</translation>
    </message>
    <message>
        <source>Unknown goods category (%1).</source>
        <translation>Unknown goods category (%1).</translation>
    </message>
    <message>
        <source>Unknown item (%1).</source>
        <translation>Unknown item (%1).</translation>
    </message>
    <message>
        <source>The item %1 is no longer in use.</source>
        <translation>The item %1 is no longer in use.</translation>
    </message>
    <message>
        <source>Unknown warehouse location (%1).</source>
        <translation>Unknown warehouse location (%1).</translation>
    </message>
    <message>
        <source>%1 appears twice: write it on one line.</source>
        <translation>%1 appears twice: write it on one line.</translation>
    </message>
    <message>
        <source>The booking %1 has already been recorded.</source>
        <translation>The booking %1 has already been recorded.</translation>
    </message>
    <message>
        <source>Unknown request (%1).</source>
        <translation>Unknown request (%1).</translation>
    </message>
    <message>
        <source>Write down the reason.</source>
        <translation>Write down the reason.</translation>
    </message>
    <message>
        <source>Request %1 is %2: it can no longer be cancelled.</source>
        <translation>Request %1 is %2: it can no longer be cancelled.</translation>
    </message>
    <message>
        <source>Request %1 has deliveries planned or on the road: cancel or return them first.</source>
        <translation>Request %1 has deliveries planned or on the road: cancel or return them first.</translation>
    </message>
    <message>
        <source>No request is waiting for an allocation on this day.</source>
        <translation>No request is waiting for an allocation on this day.</translation>
    </message>
    <message>
        <source>Request %1 is no longer waiting for an allocation (someone else allocated or cancelled it): calculate again.</source>
        <translation>Request %1 is no longer waiting for an allocation (someone else allocated or cancelled it): calculate again.</translation>
    </message>
    <message>
        <source>Request %1 asked for %2: it cannot get more than it asked.</source>
        <translation>Request %1 asked for %2: it cannot get more than it asked.</translation>
    </message>
    <message>
        <source>The quantity given cannot be negative.</source>
        <translation>The quantity given cannot be negative.</translation>
    </message>
    <message>
        <source>%1: %2 would be given but only %3 are available.</source>
        <translation>%1: %2 would be given but only %3 are available.</translation>
    </message>
    <message>
        <source>Unknown allocation (%1).</source>
        <translation>Unknown allocation (%1).</translation>
    </message>
    <message>
        <source>What is available cannot be negative (%1).</source>
        <translation>What is available cannot be negative (%1).</translation>
    </message>
    <message>
        <source>Request %1 asks for a negative quantity (%2).</source>
        <translation>Request %1 asks for a negative quantity (%2).</translation>
    </message>
    <message>
        <source>%1 has no residents to weigh the share by (%2).</source>
        <translation>%1 has no residents to weigh the share by (%2).</translation>
    </message>
    <message>
        <source>«%1» is negative: quantities are zero or more.</source>
        <translation>«%1» is negative: quantities are zero or more.</translation>
    </message>
    <message>
        <source>Nothing is said to be available for «%1»: add it to the file of what is available.</source>
        <translation>Nothing is said to be available for «%1»: add it to the file of what is available.</translation>
    </message>
    <message>
        <source>Unknown delivery (%1).</source>
        <translation>Unknown delivery (%1).</translation>
    </message>
    <message>
        <source>This delivery has left the warehouse: it cannot be changed any more. A delivered delivery can only be reversed by a return.</source>
        <translation>This delivery has left the warehouse: it cannot be changed any more. A delivered delivery can only be reversed by a return.</translation>
    </message>
    <message>
        <source>Delivery %1 is %2: only planned deliveries can be edited. A delivered one can only be reversed by a return.</source>
        <translation>Delivery %1 is %2: only planned deliveries can be edited. A delivered one can only be reversed by a return.</translation>
    </message>
    <message>
        <source>Delivery %1 is %2, not planned.</source>
        <translation>Delivery %1 is %2, not planned.</translation>
    </message>
    <message>
        <source>Delivery %1 is %2: only a delivery on the road can be signed as delivered.</source>
        <translation>Delivery %1 is %2: only a delivery on the road can be signed as delivered.</translation>
    </message>
    <message>
        <source>Delivery %1 is %2: only goods that left the warehouse can come back.</source>
        <translation>Delivery %1 is %2: only goods that left the warehouse can come back.</translation>
    </message>
    <message>
        <source>Delivery %1 was recorded from past records and took nothing from the stock: record the goods that came back as a receipt in the Warehouse tab.</source>
        <translation>Delivery %1 was recorded from past records and took nothing from the stock: record the goods that came back as a receipt in the Warehouse tab.</translation>
    </message>
    <message>
        <source>Write the name of who received and signed the goods.</source>
        <translation>Write the name of who received and signed the goods.</translation>
    </message>
    <message>
        <source>The goods cannot come back on %1, before they left (%2).</source>
        <translation>The goods cannot come back on %1, before they left (%2).</translation>
    </message>
    <message>
        <source>The delivery note number %1 is already used.</source>
        <translation>The delivery note number %1 is already used.</translation>
    </message>
    <message>
        <source>the column «%1» (or «%2») is missing.</source>
        <translation>the column «%1» (or «%2») is missing.</translation>
    </message>
    <message>
        <source>the field is empty.</source>
        <translation>the field is empty.</translation>
    </message>
    <message>
        <source>«%1» is not a date: write it as dd/mm/yyyy.</source>
        <translation>«%1» is not a date: write it as dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>«%1» is not a quantity.</source>
        <translation>«%1» is not a quantity.</translation>
    </message>
    <message>
        <source>«%1»: quantities are asked in whole kilograms.</source>
        <translation>«%1»: quantities are asked in whole kilograms.</translation>
    </message>
    <message>
        <source>«%1» is not a unit: use kg or pz.</source>
        <translation>«%1» is not a unit: use kg or pz.</translation>
    </message>
    <message>
        <source>%1 cannot be counted in «%2».</source>
        <translation>%1 cannot be counted in «%2».</translation>
    </message>
    <message>
        <source>«%1» read as %2.</source>
        <translation>«%1» read as %2.</translation>
    </message>
    <message>
        <source>«%1» could be more than one comune: %2. Write the full name or the province, e.g. «Name (MI)».</source>
        <translation>«%1» could be more than one comune: %2. Write the full name or the province, e.g. «Name (MI)».</translation>
    </message>
    <message>
        <source>unknown comune «%1»: no comune has a similar name.</source>
        <translation>unknown comune «%1»: no comune has a similar name.</translation>
    </message>
    <message>
        <source>unknown comune «%1». Closest names: %2.</source>
        <translation>unknown comune «%1». Closest names: %2.</translation>
    </message>
    <message>
        <source>%1 is not one of the 133 comuni of the metropolitan city: it has no COC to deliver to. Name the recipient instead.</source>
        <translation>%1 is not one of the 133 comuni of the metropolitan city: it has no COC to deliver to. Name the recipient instead.</translation>
    </message>
    <message>
        <source>unknown recipient «%1»: register it in the Recipients page first.</source>
        <translation>unknown recipient «%1»: register it in the Recipients page first.</translation>
    </message>
    <message>
        <source>unknown recipient «%1». Closest names: %2. Or register it in the Recipients page first.</source>
        <translation>unknown recipient «%1». Closest names: %2. Or register it in the Recipients page first.</translation>
    </message>
    <message>
        <source>unknown category «%1».</source>
        <translation>unknown category «%1».</translation>
    </message>
    <message>
        <source>unknown category «%1». Closest names: %2.</source>
        <translation>unknown category «%1». Closest names: %2.</translation>
    </message>
    <message>
        <source>unknown item «%1».</source>
        <translation>unknown item «%1».</translation>
    </message>
    <message>
        <source>unknown item «%1». Closest names: %2.</source>
        <translation>unknown item «%1». Closest names: %2.</translation>
    </message>
    <message>
        <source>%1 does not belong to «%2».</source>
        <translation>%1 does not belong to «%2».</translation>
    </message>
    <message>
        <source>the booking %1 was imported before: skipped.</source>
        <translation>the booking %1 was imported before: skipped.</translation>
    </message>
    <message>
        <source>the delivery note %1 was recorded before: skipped.</source>
        <translation>the delivery note %1 was recorded before: skipped.</translation>
    </message>
    <message>
        <source>the booking %1 appears with another date or recipient on an earlier line.</source>
        <translation>the booking %1 appears with another date or recipient on an earlier line.</translation>
    </message>
    <message>
        <source>the delivery note %1 appears with another date or recipient on an earlier line.</source>
        <translation>the delivery note %1 appears with another date or recipient on an earlier line.</translation>
    </message>
    <message>
        <source>food needs its weight in kg.</source>
        <translation>food needs its weight in kg.</translation>
    </message>
    <message>
        <source>the file has no lines of goods.</source>
        <translation>the file has no lines of goods.</translation>
    </message>
    <message>
        <source>Demo data: %1 exceeds the published figure by %2 g.</source>
        <translation>Demo data: %1 exceeds the published figure by %2 g.</translation>
    </message>
    <message>
        <source>«%1» is too large: a quantity can be at most %2.</source>
        <translation>«%1» is too large: a quantity can be at most %2.</translation>
    </message>
    <message>
        <source>With this line the quantities add up to %1: a total can be at most %2.</source>
        <translation>With this line the quantities add up to %1: a total can be at most %2.</translation>
    </message>
    <message>
        <source>The requests add up to %1, more than can be counted (at most %2).</source>
        <translation>The requests add up to %1, more than can be counted (at most %2).</translation>
    </message>
    <message>
        <source>The residents weighing the shares add up to %1, more than can be counted (at most %2).</source>
        <translation>The residents weighing the shares add up to %1, more than can be counted (at most %2).</translation>
    </message>
    <message>
        <source>the delivery of %1 to %2 with the same goods was recorded before (note %3): skipped.</source>
        <translation>the delivery of %1 to %2 with the same goods was recorded before (note %3): skipped.</translation>
    </message>
    <message>
        <source>Request %1 is %2: only a request still waiting for an allocation can be changed.</source>
        <translation>Request %1 is %2: only a request still waiting for an allocation can be changed.</translation>
    </message>
    <message>
        <source>Request %1 is %2, no longer cancelled.</source>
        <translation>Request %1 is %2, no longer cancelled.</translation>
    </message>
    <message>
        <source>Request %1 is %2: no delivery can be planned for it any more.</source>
        <translation>Request %1 is %2: no delivery can be planned for it any more.</translation>
    </message>
    <message>
        <source>Delivery %1 is %2: only a cancelled or returned delivery can be planned anew.</source>
        <translation>Delivery %1 is %2: only a cancelled or returned delivery can be planned anew.</translation>
    </message>
    <message>
        <source>Choose the recipient of the request: it is required.</source>
        <translation>Choose the recipient of the request: it is required.</translation>
    </message>
    <message>
        <source>Line %1, goods: required (choose a category or an item).</source>
        <translation>Line %1, goods: required (choose a category or an item).</translation>
    </message>
    <message>
        <source>Line %1: unknown goods «%2»: choose a category or an item from the list.</source>
        <translation>Line %1: unknown goods «%2»: choose a category or an item from the list.</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n error(s): nothing was imported.</source>
        <translation>
            <numerusform>The file has %n error: nothing was imported.</numerusform>
            <numerusform>The file has %n errors: nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the file has %n error(s): nothing was imported.</source>
        <translation>
            <numerusform>the file has %n error: nothing was imported.</numerusform>
            <numerusform>the file has %n errors: nothing was imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>deliveries::DeliveriesModule</name>
    <message>
        <source>Deliveries today</source>
        <translation>Deliveries today</translation>
    </message>
    <message>
        <source>none planned</source>
        <translation>none planned</translation>
    </message>
    <message>
        <source>Requests waiting for an allocation</source>
        <translation>Requests waiting for an allocation</translation>
    </message>
    <message>
        <source>share them in the Deliveries tab</source>
        <translation>share them in the Deliveries tab</translation>
    </message>
    <message>
        <source>Food delivered in %1</source>
        <translation>Food delivered in %1</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Deliveries</translation>
    </message>
    <message>
        <source>DDTs (deliveries)</source>
        <translation>DDTs (deliveries)</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln delivered</source>
        <translation>
            <numerusform>%Ln delivered</numerusform>
            <numerusform>%Ln delivered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln on the road</source>
        <translation>
            <numerusform>%Ln on the road</numerusform>
            <numerusform>%Ln on the road</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>deliveries::DeliveriesPage</name>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Every state</source>
        <translation>Every state</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Every recipient</source>
        <translation>Every recipient</translation>
    </message>
    <message>
        <source>Type of recipient</source>
        <translation>Type of recipient</translation>
    </message>
    <message>
        <source>Every comune</source>
        <translation>Every comune</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Search DDT number, recipient, vehicle or driver</source>
        <translation>Search DDT number, recipient, vehicle or driver</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>DDT</source>
        <translation>DDT</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Goods</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Packages</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Deliveries</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Goods of the delivery</source>
        <translation>Goods of the delivery</translation>
    </message>
    <message>
        <source>Story of the delivery</source>
        <translation>Story of the delivery</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Edit...</translation>
    </message>
    <message>
        <source>Confirm &amp;loading</source>
        <translation>Confirm &amp;loading</translation>
    </message>
    <message>
        <source>The goods leave the warehouse: they are issued from stock, first-expired-first-out, and the lots are recorded on the delivery note.</source>
        <translation>The goods leave the warehouse: they are issued from stock, first-expired-first-out, and the lots are recorded on the delivery note.</translation>
    </message>
    <message>
        <source>&amp;Delivered and signed...</source>
        <translation>&amp;Delivered and signed...</translation>
    </message>
    <message>
        <source>&amp;Return...</source>
        <translation>&amp;Return...</translation>
    </message>
    <message>
        <source>The goods come back: they return to stock into the lots they left.</source>
        <translation>The goods come back: they return to stock into the lots they left.</translation>
    </message>
    <message>
        <source>Ca&amp;ncel...</source>
        <translation>Ca&amp;ncel...</translation>
    </message>
    <message>
        <source>&amp;Print the DDT...</source>
        <translation>&amp;Print the DDT...</translation>
    </message>
    <message>
        <source>&amp;New delivery...</source>
        <translation>&amp;New delivery...</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>to:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <source>Select a delivery to see its goods, the lots issued and its story.</source>
        <translation>Select a delivery to see its goods, the lots issued and its story.</translation>
    </message>
    <message>
        <source>&lt;b&gt;DDT %1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;DDT %1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Transport on %1%2</source>
        <translation>Transport on %1%2</translation>
    </message>
    <message>
        <source>Request %1 · %2</source>
        <translation>Request %1 · %2</translation>
    </message>
    <message>
        <source>Signed by %1 on %2</source>
        <translation>Signed by %1 on %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>%1 (any item)</source>
        <translation>%1 (any item)</translation>
    </message>
    <message>
        <source>%1 %2 lot %3%4: %5</source>
        <translation>%1 %2 lot %3%4: %5</translation>
    </message>
    <message>
        <source>↩ back into</source>
        <translation>↩ back into</translation>
    </message>
    <message>
        <source>without code</source>
        <translation>without code</translation>
    </message>
    <message>
        <source>, expires %1</source>
        <translation>, expires %1</translation>
    </message>
    <message>
        <source>Confirm loading</source>
        <translation>Confirm loading</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Cancel the delivery</source>
        <translation>Cancel the delivery</translation>
    </message>
    <message>
        <source>Reason (kept with the delivery):</source>
        <translation>Reason (kept with the delivery):</translation>
    </message>
    <message>
        <source>Delivery note</source>
        <translation>Delivery note</translation>
    </message>
    <message numerus="yes">
        <source>%Ln delivery(ies)</source>
        <translation>
            <numerusform>%Ln delivery</numerusform>
            <numerusform>%Ln deliveries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln package(s)</source>
        <translation>
            <numerusform>%1 · %Ln package</numerusform>
            <numerusform>%1 · %Ln packages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>deliveries::DeliveriesSyncTexts</name>
    <message>
        <source>Lots of delivered goods</source>
        <translation>Lots of delivered goods</translation>
    </message>
    <message>
        <source>Delivery history</source>
        <translation>Delivery history</translation>
    </message>
    <message>
        <source>Allocation overrides</source>
        <translation>Allocation overrides</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Request lines</source>
        <translation>Request lines</translation>
    </message>
    <message>
        <source>Allocations</source>
        <translation>Allocations</translation>
    </message>
    <message>
        <source>Allocated goods</source>
        <translation>Allocated goods</translation>
    </message>
    <message>
        <source>Allocation shares</source>
        <translation>Allocation shares</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Deliveries</translation>
    </message>
    <message>
        <source>Delivery lines</source>
        <translation>Delivery lines</translation>
    </message>
    <message>
        <source>Allocation confirmed</source>
        <translation>Allocation confirmed</translation>
    </message>
    <message>
        <source>Deliveries planned from an allocation</source>
        <translation>Deliveries planned from an allocation</translation>
    </message>
    <message>
        <source>Delivery cancelled</source>
        <translation>Delivery cancelled</translation>
    </message>
    <message>
        <source>Delivery signed for</source>
        <translation>Delivery signed for</translation>
    </message>
    <message>
        <source>Delivery loaded</source>
        <translation>Delivery loaded</translation>
    </message>
    <message>
        <source>Delivery returned</source>
        <translation>Delivery returned</translation>
    </message>
    <message>
        <source>Delivery saved</source>
        <translation>Delivery saved</translation>
    </message>
    <message>
        <source>Deliveries imported</source>
        <translation>Deliveries imported</translation>
    </message>
    <message>
        <source>Requests imported</source>
        <translation>Requests imported</translation>
    </message>
    <message>
        <source>Recipient saved</source>
        <translation>Recipient saved</translation>
    </message>
    <message>
        <source>Request cancelled</source>
        <translation>Request cancelled</translation>
    </message>
    <message>
        <source>Request recorded</source>
        <translation>Request recorded</translation>
    </message>
    <message>
        <source>Request changed</source>
        <translation>Request changed</translation>
    </message>
    <message>
        <source>booking id on the platform</source>
        <translation>booking id on the platform</translation>
    </message>
</context>
<context>
    <name>deliveries::DeliveriesTab</name>
    <message>
        <source>New &amp;request...</source>
        <translation>New &amp;request...</translation>
    </message>
    <message>
        <source>&amp;Import requests...</source>
        <translation>&amp;Import requests...</translation>
    </message>
    <message>
        <source>New &amp;delivery...</source>
        <translation>New &amp;delivery...</translation>
    </message>
    <message>
        <source>Import &amp;past deliveries...</source>
        <translation>Import &amp;past deliveries...</translation>
    </message>
    <message>
        <source>Today's &amp;DDTs...</source>
        <translation>Today's &amp;DDTs...</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>Re&amp;ports</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Allocation</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Deliveries</translation>
    </message>
    <message>
        <source>Daily plan</source>
        <translation>Daily plan</translation>
    </message>
    <message>
        <source>Distribution map</source>
        <translation>Distribution map</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Delivery notes</source>
        <translation>Delivery notes</translation>
    </message>
</context>
<context>
    <name>deliveries::DeliveryAuditNames</name>
    <message>
        <source>delivery note %1 to %2</source>
        <translation>delivery note %1 to %2</translation>
    </message>
    <message>
        <source>delivery note %1, line %2</source>
        <translation>delivery note %1, line %2</translation>
    </message>
    <message>
        <source>delivery note %1, line %2, lot %3</source>
        <translation>delivery note %1, line %2, lot %3</translation>
    </message>
    <message>
        <source>delivery note %1</source>
        <translation>delivery note %1</translation>
    </message>
    <message>
        <source>request %1 of %2</source>
        <translation>request %1 of %2</translation>
    </message>
    <message>
        <source>allocation of %1</source>
        <translation>allocation of %1</translation>
    </message>
</context>
<context>
    <name>deliveries::DeliveryDefaultsDialog</name>
    <message>
        <source>Plan the deliveries</source>
        <translation>Plan the deliveries</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <source>&amp;Vehicle:</source>
        <translation>&amp;Vehicle:</translation>
    </message>
    <message>
        <source>&amp;Driver:</source>
        <translation>&amp;Driver:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Reason for transport:</source>
        <translation>&amp;Reason for transport:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln planned delivery(ies) will be created, one per request that received something. Each can then be given its own vehicle and time in the Deliveries page.</source>
        <translation>
            <numerusform>%Ln planned delivery will be created, one per request that received something. It can then be given its own vehicle and time in the Deliveries page.</numerusform>
            <numerusform>%Ln planned deliveries will be created, one per request that received something. Each can then be given its own vehicle and time in the Deliveries page.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>deliveries::DeliveryDialog</name>
    <message>
        <source>Edit the planned delivery</source>
        <translation>Edit the planned delivery</translation>
    </message>
    <message>
        <source>New delivery</source>
        <translation>New delivery</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>at</source>
        <translation>at</translation>
    </message>
    <message>
        <source>sum of the lines</source>
        <translation>sum of the lines</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Recipient:</translation>
    </message>
    <message>
        <source>Leaves &amp;from:</source>
        <translation>Leaves &amp;from:</translation>
    </message>
    <message>
        <source>&amp;Day of transport:</source>
        <translation>&amp;Day of transport:</translation>
    </message>
    <message>
        <source>Reason for &amp;transport:</source>
        <translation>Reason for &amp;transport:</translation>
    </message>
    <message>
        <source>&amp;Vehicle:</source>
        <translation>&amp;Vehicle:</translation>
    </message>
    <message>
        <source>&amp;Driver:</source>
        <translation>&amp;Driver:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Packages:</source>
        <translation>&amp;Packages:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Edit the planned delivery %1</source>
        <translation>Edit the planned delivery %1</translation>
    </message>
</context>
<context>
    <name>deliveries::DeliveryLabels</name>
    <message>
        <source>COC</source>
        <translation>COC</translation>
    </message>
    <message>
        <source>ATS hub</source>
        <translation>ATS hub</translation>
    </message>
    <message>
        <source>Nursing home (RSA)</source>
        <translation>Nursing home (RSA)</translation>
    </message>
    <message>
        <source>GP (MMG)</source>
        <translation>GP (MMG)</translation>
    </message>
    <message>
        <source>Paediatrician (PLS)</source>
        <translation>Paediatrician (PLS)</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Hospital</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>COC of the comuni</source>
        <translation>COC of the comuni</translation>
    </message>
    <message>
        <source>ATS hubs</source>
        <translation>ATS hubs</translation>
    </message>
    <message>
        <source>Nursing homes (RSA)</source>
        <translation>Nursing homes (RSA)</translation>
    </message>
    <message>
        <source>GPs (MMG)</source>
        <translation>GPs (MMG)</translation>
    </message>
    <message>
        <source>Paediatricians (PLS)</source>
        <translation>Paediatricians (PLS)</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>Hospitals</translation>
    </message>
    <message>
        <source>Other recipients</source>
        <translation>Other recipients</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Allocated</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Loaded</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Donation</source>
        <translation>Donation</translation>
    </message>
    <message>
        <source>Free transfer</source>
        <translation>Free transfer</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>Entered by hand</translation>
    </message>
    <message>
        <source>From an allocation</source>
        <translation>From an allocation</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Recorded from past records</source>
        <translation>Recorded from past records</translation>
    </message>
    <message>
        <source>In proportion to residents</source>
        <translation>In proportion to residents</translation>
    </message>
    <message>
        <source>In proportion to the request</source>
        <translation>In proportion to the request</translation>
    </message>
    <message>
        <source>Close what is not given</source>
        <translation>Close what is not given</translation>
    </message>
    <message>
        <source>Carry over what is not given</source>
        <translation>Carry over what is not given</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Edited</translation>
    </message>
    <message>
        <source>Loaded: goods issued from stock</source>
        <translation>Loaded: goods issued from stock</translation>
    </message>
    <message>
        <source>Delivered and signed</source>
        <translation>Delivered and signed</translation>
    </message>
    <message>
        <source>Returned: goods back in stock</source>
        <translation>Returned: goods back in stock</translation>
    </message>
    <message>
        <source>Enough for everyone: what was asked</source>
        <translation>Enough for everyone: what was asked</translation>
    </message>
    <message>
        <source>Proportional share, rounded down</source>
        <translation>Proportional share, rounded down</translation>
    </message>
    <message>
        <source>Proportional share, plus one unit for one of the largest remainders</source>
        <translation>Proportional share, plus one unit for one of the largest remainders</translation>
    </message>
    <message>
        <source>Share per resident above the request: the request</source>
        <translation>Share per resident above the request: the request</translation>
    </message>
    <message>
        <source>Share below one unit</source>
        <translation>Share below one unit</translation>
    </message>
    <message>
        <source>%1 pcs</source>
        <translation>%1 pcs</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
</context>
<context>
    <name>deliveries::DeliveryNotes</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Description of the goods</source>
        <translation>Description of the goods</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>Pieces</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Packages</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Weight (kg)</translation>
    </message>
    <message>
        <source>without code</source>
        <translation>without code</translation>
    </message>
    <message>
        <source>Total (weight of the goods whose weight is known)</source>
        <translation>Total (weight of the goods whose weight is known)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>CITTÀ METROPOLITANA DI MILANO · PROTEZIONE CIVILE</source>
        <translation>CITTÀ METROPOLITANA DI MILANO · PROTEZIONE CIVILE</translation>
    </message>
    <message>
        <source>CCV-MI · Comitato di Coordinamento dei Volontari di Protezione Civile</source>
        <translation>CCV-MI · Comitato di Coordinamento dei Volontari di Protezione Civile</translation>
    </message>
    <message>
        <source>Warehouse and operations room: Parco Idroscalo, via circonvallazione Idroscalo, Peschiera Borromeo (MI) · tel. 335 79.09.412</source>
        <translation>Warehouse and operations room: Parco Idroscalo, via circonvallazione Idroscalo, Peschiera Borromeo (MI) · tel. 335 79.09.412</translation>
    </message>
    <message>
        <source>DELIVERY NOTE (DDT)</source>
        <translation>DELIVERY NOTE (DDT)</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>No. %1</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>of %1</translation>
    </message>
    <message>
        <source>Comune di %1</source>
        <translation>Comune di %1</translation>
    </message>
    <message>
        <source>CCV-MI · Comitato di Coordinamento dei Volontari di Protezione Civile della Città metropolitana di Milano</source>
        <translation>CCV-MI · Comitato di Coordinamento dei Volontari di Protezione Civile della Città metropolitana di Milano</translation>
    </message>
    <message>
        <source>Magazzino Idroscalo</source>
        <translation>Magazzino Idroscalo</translation>
    </message>
    <message>
        <source>Parco Idroscalo, via circonvallazione Idroscalo, Peschiera Borromeo (MI)</source>
        <translation>Parco Idroscalo, via circonvallazione Idroscalo, Peschiera Borromeo (MI)</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Reason for transport</source>
        <translation>Reason for transport</translation>
    </message>
    <message>
        <source>driver %1</source>
        <translation>driver %1</translation>
    </message>
    <message>
        <source>Transport by</source>
        <translation>Transport by</translation>
    </message>
    <message>
        <source>the sender</source>
        <translation>the sender</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>Start of transport</source>
        <translation>Start of transport</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>%1, time: ________</source>
        <translation>%1, time: ________</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>________ (write them by hand)</source>
        <translation>________ (write them by hand)</translation>
    </message>
    <message>
        <source>Gross weight</source>
        <translation>Gross weight</translation>
    </message>
    <message>
        <source>Appearance of the goods</source>
        <translation>Appearance of the goods</translation>
    </message>
    <message>
        <source>boxes and packs, sealed</source>
        <translation>boxes and packs, sealed</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notes: %1</translation>
    </message>
    <message>
        <source>Delivered on %1 at %2, received and signed by %3.</source>
        <translation>Delivered on %1 at %2, received and signed by %3.</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <source>Returned on %1: %2</source>
        <translation>Returned on %1: %2</translation>
    </message>
    <message>
        <source>CANCELLED: %1</source>
        <translation>CANCELLED: %1</translation>
    </message>
    <message>
        <source>Sender's signature (CCV-MI)</source>
        <translation>Sender's signature (CCV-MI)</translation>
    </message>
    <message>
        <source>Driver's signature</source>
        <translation>Driver's signature</translation>
    </message>
    <message>
        <source>Recipient's signature (name in block letters, date and time)</source>
        <translation>Recipient's signature (name in block letters, date and time)</translation>
    </message>
    <message>
        <source>Goods handed over free of charge for civil-protection assistance to the population; no invoice follows.</source>
        <translation>Goods handed over free of charge for civil-protection assistance to the population; no invoice follows.</translation>
    </message>
    <message>
        <source>Delivery note %1</source>
        <translation>Delivery note %1</translation>
    </message>
    <message>
        <source>Delivery notes</source>
        <translation>Delivery notes</translation>
    </message>
    <message>
        <source>Delivery notes of %1</source>
        <translation>Delivery notes of %1</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>No deliveries on this day.</source>
        <translation>No deliveries on this day.</translation>
    </message>
    <message>
        <source>%1 – lot %2 – %3</source>
        <translation>%1 – lot %2 – %3</translation>
    </message>
    <message>
        <source> (expires %1)</source>
        <translation> (expires %1)</translation>
    </message>
    <message>
        <source>%1 – %2 – not loaded yet (lot chosen when loading)</source>
        <translation>%1 – %2 – not loaded yet (lot chosen when loading)</translation>
    </message>
    <message>
        <source>%1 – %2 – not loaded yet (item and lot chosen when loading)</source>
        <translation>%1 – %2 – not loaded yet (item and lot chosen when loading)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Address: ____________________ (not recorded)</source>
        <translation>Address: ____________________ (not recorded)</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contact: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <source>The goods are not loaded yet: this note lists what is planned. Print it again after loading to show the items and lots on the pallet.</source>
        <translation>The goods are not loaded yet: this note lists what is planned. Print it again after loading to show the items and lots on the pallet.</translation>
    </message>
</context>
<context>
    <name>deliveries::DeliveryReports</name>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>up to %1</translation>
    </message>
    <message>
        <source>every day recorded</source>
        <translation>every day recorded</translation>
    </message>
    <message>
        <source>Distributions by goods category</source>
        <translation>Distributions by goods category</translation>
    </message>
    <message>
        <source>Food distributions by comune, with the map</source>
        <translation>Food distributions by comune, with the map</translation>
    </message>
    <message>
        <source>Distributions by type of recipient (DPI and kits)</source>
        <translation>Distributions by type of recipient (DPI and kits)</translation>
    </message>
    <message>
        <source>Statement for the mayor of a comune</source>
        <translation>Statement for the mayor of a comune</translation>
    </message>
    <message>
        <source>Register of deliveries</source>
        <translation>Register of deliveries</translation>
    </message>
    <message>
        <source>Delivery notes (DDT) of a day</source>
        <translation>Delivery notes (DDT) of a day</translation>
    </message>
    <message>
        <source>Trip sheet of a day</source>
        <translation>Trip sheet of a day</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Food category</source>
        <translation>Food category</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>Distributions</source>
        <translation>Distributions</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>Pieces</translation>
    </message>
    <message>
        <source>kg (known weights)</source>
        <translation>kg (known weights)</translation>
    </message>
    <message>
        <source>Food distributed by category (kg)</source>
        <translation>Food distributed by category (kg)</translation>
    </message>
    <message>
        <source>Total food</source>
        <translation>Total food</translation>
    </message>
    <message>
        <source>Total DPI, kits and other goods</source>
        <translation>Total DPI, kits and other goods</translation>
    </message>
    <message>
        <source>Goods delivered in the period (deliveries signed by the recipient; returned and cancelled deliveries are not counted). A distribution is one delivery: one that carried several categories counts once in each of them and once in the total.</source>
        <translation>Goods delivered in the period (deliveries signed by the recipient; returned and cancelled deliveries are not counted). A distribution is one delivery: one that carried several categories counts once in each of them and once in the total.</translation>
    </message>
    <message>
        <source>DPI, kits and other goods</source>
        <translation>DPI, kits and other goods</translation>
    </message>
    <message>
        <source>None in the period.</source>
        <translation>None in the period.</translation>
    </message>
    <message>
        <source>Food distributions by comune</source>
        <translation>Food distributions by comune</translation>
    </message>
    <message>
        <source>ISTAT code</source>
        <translation>ISTAT code</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n comuni served</source>
        <translation>
            <numerusform>Total: %n comune served</numerusform>
            <numerusform>Total: %n comuni served</numerusform>
        </translation>
    </message>
    <message>
        <source>Food delivered to the recipients located in each comune (its COC above all), by the day of transport. The 133 comuni of the metropolitan city are all listed.</source>
        <translation>Food delivered to the recipients located in each comune (its COC above all), by the day of transport. The 133 comuni of the metropolitan city are all listed.</translation>
    </message>
    <message>
        <source>kg of food delivered</source>
        <translation>kg of food delivered</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>Food delivered per comune in the period: the darker, the more kg.</source>
        <translation>Food delivered per comune in the period: the darker, the more kg.</translation>
    </message>
    <message>
        <source>Distributions by type of recipient</source>
        <translation>Distributions by type of recipient</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Deliveries</translation>
    </message>
    <message>
        <source>Food (kg)</source>
        <translation>Food (kg)</translation>
    </message>
    <message>
        <source>DPI (pieces)</source>
        <translation>DPI (pieces)</translation>
    </message>
    <message>
        <source>Kits</source>
        <translation>Kits</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Food goes to the COC of the comuni; DPI and kits (swab kits, flu-vaccine kits) to the ATS hubs, nursing homes, GPs, paediatricians and hospitals.</source>
        <translation>Food goes to the COC of the comuni; DPI and kits (swab kits, flu-vaccine kits) to the ATS hubs, nursing homes, GPs, paediatricians and hospitals.</translation>
    </message>
    <message>
        <source>DPI and kits by recipient</source>
        <translation>DPI and kits by recipient</translation>
    </message>
    <message>
        <source>Statement of the deliveries to the Comune di %1</source>
        <translation>Statement of the deliveries to the Comune di %1</translation>
    </message>
    <message>
        <source>To the Mayor of the Comune di %1</source>
        <translation>To the Mayor of the Comune di %1</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Goods</translation>
    </message>
    <message>
        <source>In the period the CCV-MI made no deliveries to recipients in the comune.</source>
        <translation>In the period the CCV-MI made no deliveries to recipients in the comune.</translation>
    </message>
    <message numerus="yes">
        <source>In the period the CCV-MI, with the volunteer organisations of the territory, made %n delivery(ies) to the recipients in the comune, for %1 of food (%2 kg per 1,000 residents). The details follow.</source>
        <translation>
            <numerusform>In the period the CCV-MI, with the volunteer organisations of the territory, made %n delivery to the recipients in the comune, for %1 of food (%2 kg per 1,000 residents). The details follow.</numerusform>
            <numerusform>In the period the CCV-MI, with the volunteer organisations of the territory, made %n deliveries to the recipients in the comune, for %1 of food (%2 kg per 1,000 residents). The details follow.</numerusform>
        </translation>
    </message>
    <message>
        <source>Comune di %1</source>
        <translation>Comune di %1</translation>
    </message>
    <message>
        <source>By kind of goods</source>
        <translation>By kind of goods</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>DDT</source>
        <translation>DDT</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Packages</translation>
    </message>
    <message>
        <source>The delivery notes signed on receipt are kept at the CCV-MI operations room, Parco Idroscalo.</source>
        <translation>The delivery notes signed on receipt are kept at the CCV-MI operations room, Parco Idroscalo.</translation>
    </message>
    <message>
        <source>For the CCV-MI operations room</source>
        <translation>For the CCV-MI operations room</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
    <message numerus="yes">
        <source>Delivered: %n</source>
        <translation>
            <numerusform>Delivered: %n</numerusform>
            <numerusform>Delivered: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Allocation of %1</source>
        <translation>Allocation of %1</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Unmet demand</source>
        <translation>Unmet demand</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>Confirmed by</translation>
    </message>
    <message>
        <source>When the goods are not enough for every request, each request gets a share in proportion to its weight (the request, or the residents of the comune), never more than it asked, in whole units: the whole part of each share first, then one unit each to the largest remainders (ties: larger weight, then request number).</source>
        <translation>When the goods are not enough for every request, each request gets a share in proportion to its weight (the request, or the residents of the comune), never more than it asked, in whole units: the whole part of each share first, then one unit each to the largest remainders (ties: larger weight, then request number).</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>In stock</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Shared</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Asked</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>%1 (%2 of what was asked)</source>
        <translation>%1 (%2 of what was asked)</translation>
    </message>
    <message>
        <source>pcs</source>
        <translation>pcs</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Asked (%1)</source>
        <translation>Asked (%1)</translation>
    </message>
    <message>
        <source>Exact share (%1)</source>
        <translation>Exact share (%1)</translation>
    </message>
    <message>
        <source>Given (%1)</source>
        <translation>Given (%1)</translation>
    </message>
    <message>
        <source>Fill rate</source>
        <translation>Fill rate</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Changed by hand from %1 to %2: %3</source>
        <translation>Changed by hand from %1 to %2: %3</translation>
    </message>
    <message>
        <source>Co&amp;mune:</source>
        <translation>Co&amp;mune:</translation>
    </message>
</context>
<context>
    <name>deliveries::DeliveryService</name>
    <message>
        <source>Delivery note %1 to %2</source>
        <translation>Delivery note %1 to %2</translation>
    </message>
</context>
<context>
    <name>deliveries::DistributionMapPage</name>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>kg delivered</source>
        <translation>kg delivered</translation>
    </message>
    <message>
        <source>Number of deliveries</source>
        <translation>Number of deliveries</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Food</translation>
    </message>
    <message>
        <source>DPI and kits</source>
        <translation>DPI and kits</translation>
    </message>
    <message>
        <source>All goods</source>
        <translation>All goods</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Goods</translation>
    </message>
    <message>
        <source>Published period</source>
        <translation>Published period</translation>
    </message>
    <message>
        <source>01/12/2020 - 19/03/2021: the 1,474 food distributions of the published figures.</source>
        <translation>01/12/2020 - 19/03/2021: the 1,474 food distributions of the published figures.</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Export &amp;PNG...</source>
        <translation>Export &amp;PNG...</translation>
    </message>
    <message>
        <source>P&amp;rint the report...</source>
        <translation>P&amp;rint the report...</translation>
    </message>
    <message>
        <source>Food distributions by comune for the period, with the map.</source>
        <translation>Food distributions by comune for the period, with the map.</translation>
    </message>
    <message>
        <source>Point at a comune to see what it received; click it to list its deliveries.</source>
        <translation>Point at a comune to see what it received; click it to list its deliveries.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>DDT</source>
        <translation>DDT</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>Deliveries of the comune</source>
        <translation>Deliveries of the comune</translation>
    </message>
    <message>
        <source>&amp;Open in the Deliveries page</source>
        <translation>&amp;Open in the Deliveries page</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>to:</translation>
    </message>
    <message>
        <source>kg delivered (known weights)</source>
        <translation>kg delivered (known weights)</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Deliveries</translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation>Export the map</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1 – %2&lt;/b&gt;: %3 in %Ln delivery(ies) to %4.</source>
        <translation>
            <numerusform>&lt;b&gt;%1 – %2&lt;/b&gt;: %3 in %Ln delivery to %4.</numerusform>
            <numerusform>&lt;b&gt;%1 – %2&lt;/b&gt;: %3 in %Ln deliveries to %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln comune(s)</source>
        <translation>
            <numerusform>%Ln comune</numerusform>
            <numerusform>%Ln comuni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br/&gt;%3 in %Ln delivery(ies)&lt;br/&gt;%4 kg per 1,000 residents</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br/&gt;%3 in %Ln delivery&lt;br/&gt;%4 kg per 1,000 residents</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br/&gt;%3 in %Ln deliveries&lt;br/&gt;%4 kg per 1,000 residents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln resident(s)</source>
        <translation>
            <numerusform>%Ln resident</numerusform>
            <numerusform>%Ln residents</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the figures of the period…</source>
        <translation>Reading the figures of the period…</translation>
    </message>
    <message>
        <source>Reading the deliveries of the comune…</source>
        <translation>Reading the deliveries of the comune…</translation>
    </message>
    <message>
        <source>No deliveries in the period.</source>
        <translation>No deliveries in the period.</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Preparing the report…</translation>
    </message>
</context>
<context>
    <name>deliveries::EditRequest</name>
    <message>
        <source>edit of request %1</source>
        <translation>edit of request %1</translation>
    </message>
</context>
<context>
    <name>deliveries::GoodsLinesEditor</name>
    <message>
        <source>%1 (any item)</source>
        <translation>%1 (any item)</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Goods</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Packages</translation>
    </message>
    <message>
        <source>Can be issued</source>
        <translation>Can be issued</translation>
    </message>
    <message>
        <source>&amp;Add goods</source>
        <translation>&amp;Add goods</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>&amp;Remove line</translation>
    </message>
    <message>
        <source>Categories are asked in whole kg; items by the piece in pieces.</source>
        <translation>Categories are asked in whole kg; items by the piece in pieces.</translation>
    </message>
    <message>
        <source>A category line takes any of its items, first the ones expiring first.</source>
        <translation>A category line takes any of its items, first the ones expiring first.</translation>
    </message>
    <message>
        <source>Goods of line %1</source>
        <translation>Goods of line %1</translation>
    </message>
    <message>
        <source>Quantity of line %1</source>
        <translation>Quantity of line %1</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>Packages (colli); «auto» counts them from the packaging of what is issued.</source>
        <translation>Packages (colli); «auto» counts them from the packaging of what is issued.</translation>
    </message>
    <message>
        <source> pcs</source>
        <translation> pcs</translation>
    </message>
    <message>
        <source> kg</source>
        <translation> kg</translation>
    </message>
    <message>
        <source>choose or type the goods</source>
        <translation>choose or type the goods</translation>
    </message>
</context>
<context>
    <name>deliveries::ImportDialog</name>
    <message>
        <source>Import requests from the booking platform</source>
        <translation>Import requests from the booking platform</translation>
    </message>
    <message>
        <source>Import past deliveries from a spreadsheet</source>
        <translation>Import past deliveries from a spreadsheet</translation>
    </message>
    <message>
        <source>Columns (Italian or English names, any order): data, comune or destinatario, categoria or articolo, quantità (kg, whole); optional: unità, consegna entro, prenotazione, note. Lines with the same booking become one request; a booking imported before is skipped.</source>
        <translation>Columns (Italian or English names, any order): data, comune or destinatario, categoria or articolo, quantità (kg, whole); optional: unità, consegna entro, prenotazione, note. Lines with the same booking become one request; a booking imported before is skipped.</translation>
    </message>
    <message>
        <source>Columns (Italian or English names, any order): data, comune or destinatario, categoria or articolo, kg (or quantità for goods by the piece); optional: numero, colli, mezzo, autista, organizzazione, firmato da, note. They are recorded as delivered and do not touch the stock.</source>
        <translation>Columns (Italian or English names, any order): data, comune or destinatario, categoria or articolo, kg (or quantità for goods by the piece); optional: numero, colli, mezzo, autista, organizzazione, firmato da, note. They are recorded as delivered and do not touch the stock.</translation>
    </message>
    <message>
        <source>Nothing new to import.</source>
        <translation>Nothing new to import.</translation>
    </message>
    <message>
        <source>No errors: it can be imported.</source>
        <translation>No errors: it can be imported.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s): correct the file and choose it again; nothing will be imported.</source>
        <translation>
            <numerusform>%Ln error: correct the file and choose it again; nothing will be imported.</numerusform>
            <numerusform>%Ln errors: correct the file and choose it again; nothing will be imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 in %3, %4; %5.</source>
        <translation>%1: %2 in %3, %4; %5.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln line</numerusform>
            <numerusform>%Ln lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln request</numerusform>
            <numerusform>%Ln requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln booking(s) already imported</source>
        <translation>
            <numerusform>%Ln booking already imported</numerusform>
            <numerusform>%Ln bookings already imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln delivery(ies)</source>
        <translation>
            <numerusform>%Ln delivery</numerusform>
            <numerusform>%Ln deliveries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s) already recorded</source>
        <translation>
            <numerusform>%Ln note already recorded</numerusform>
            <numerusform>%Ln notes already recorded</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1 with %2, %3.</source>
        <translation>Imported: %1 with %2, %3.</translation>
    </message>
    <message>
        <source>Recorded: %1 with %2, %3.</source>
        <translation>Recorded: %1 with %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln past delivery(ies)</source>
        <translation>
            <numerusform>%Ln past delivery</numerusform>
            <numerusform>%Ln past deliveries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>deliveries::LoadDelivery</name>
    <message>
        <source>Loading undone</source>
        <translation>Loading undone</translation>
    </message>
    <message>
        <source>loading of delivery %1</source>
        <translation>loading of delivery %1</translation>
    </message>
</context>
<context>
    <name>deliveries::OverrideDialog</name>
    <message>
        <source>Change a share</source>
        <translation>Change a share</translation>
    </message>
    <message>
        <source> pcs</source>
        <translation> pcs</translation>
    </message>
    <message>
        <source> kg</source>
        <translation> kg</translation>
    </message>
    <message>
        <source>Why (kept with the allocation)</source>
        <translation>Why (kept with the allocation)</translation>
    </message>
    <message>
        <source>%1 · %2 · request %3
Asked %4, the method gives %5. Still to share in %6: %7.</source>
        <translation>%1 · %2 · request %3
Asked %4, the method gives %5. Still to share in %6: %7.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>&amp;Give:</source>
        <translation>&amp;Give:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
</context>
<context>
    <name>deliveries::RecipientDialog</name>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>New recipient</source>
        <translation>New recipient</translation>
    </message>
    <message>
        <source>(choose the comune)</source>
        <translation>(choose the comune)</translation>
    </message>
    <message>
        <source>Own position (otherwise the centre of the comune)</source>
        <translation>Own position (otherwise the centre of the comune)</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>lat</source>
        <translation>lat</translation>
    </message>
    <message>
        <source>lon</source>
        <translation>lon</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Comune:</source>
        <translation>&amp;Comune:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>C&amp;ontact person:</source>
        <translation>C&amp;ontact person:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tes:</translation>
    </message>
    <message>
        <source>Choose the comune.</source>
        <translation>Choose the comune.</translation>
    </message>
    <message>
        <source>street and number, for the DDT and the driver</source>
        <translation>street and number, for the DDT and the driver</translation>
    </message>
    <message>
        <source>No address: the DDT and the trip sheet will ask the driver to find it.</source>
        <translation>No address: the DDT and the trip sheet will ask the driver to find it.</translation>
    </message>
    <message>
        <source>CAP:</source>
        <translation>CAP:</translation>
    </message>
    <message>
        <source>The address and contacts of a COC are its comune's COC details (also in the Comuni tab). The town hall's CAP, phone and e-mail are filled in until you type the COC's own.</source>
        <translation>The address and contacts of a COC are its comune's COC details (also in the Comuni tab). The town hall's CAP, phone and e-mail are filled in until you type the COC's own.</translation>
    </message>
</context>
<context>
    <name>deliveries::RecipientsPage</name>
    <message>
        <source>Every recipient</source>
        <translation>Every recipient</translation>
    </message>
    <message>
        <source>Type of recipient</source>
        <translation>Type of recipient</translation>
    </message>
    <message>
        <source>Search name or comune</source>
        <translation>Search name or comune</translation>
    </message>
    <message>
        <source>Show those no longer in use</source>
        <translation>Show those no longer in use</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>&amp;New recipient...</source>
        <translation>&amp;New recipient...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Edit...</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s)</source>
        <translation>
            <numerusform>%Ln recipient</numerusform>
            <numerusform>%Ln recipients</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ no address</source>
        <translation>⚠ no address</translation>
    </message>
    <message>
        <source>The COC of each comune is already here: its address and contacts are edited here or in the Comuni tab (CAP, phone and e-mail start as the town hall's).</source>
        <translation>The COC of each comune is already here: its address and contacts are edited here or in the Comuni tab (CAP, phone and e-mail start as the town hall's).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) in use without an address: their DDTs and trip sheets cannot say where to go. Open each one and type the street and number.</source>
        <translation>
            <numerusform>%Ln recipient in use without an address: their DDTs and trip sheets cannot say where to go. Open each one and type the street and number.</numerusform>
            <numerusform>%Ln recipients in use without an address: their DDTs and trip sheets cannot say where to go. Open each one and type the street and number.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>deliveries::RequestDialog</name>
    <message>
        <source>New request</source>
        <translation>New request</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Needed by:</source>
        <translation>Needed by:</translation>
    </message>
    <message>
        <source>Booking id on the platform (optional)</source>
        <translation>Booking id on the platform (optional)</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Recipient:</translation>
    </message>
    <message>
        <source>Asked &amp;on:</source>
        <translation>Asked &amp;on:</translation>
    </message>
    <message>
        <source>&amp;Booking:</source>
        <translation>&amp;Booking:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>type or choose the recipient</source>
        <translation>type or choose the recipient</translation>
    </message>
    <message>
        <source>%1 has no address: record it under Recipients before the DDT is printed.</source>
        <translation>%1 has no address: record it under Recipients before the DDT is printed.</translation>
    </message>
</context>
<context>
    <name>deliveries::RequestsPage</name>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Every state</source>
        <translation>Every state</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Search number, recipient or comune</source>
        <translation>Search number, recipient or comune</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Asked on</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Goods asked</source>
        <translation>Goods asked</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>Needed by</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>platform</translation>
    </message>
    <message>
        <source>carried over</source>
        <translation>carried over</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>by hand</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>&amp;New request...</source>
        <translation>&amp;New request...</translation>
    </message>
    <message>
        <source>&amp;Import from the platform...</source>
        <translation>&amp;Import from the platform...</translation>
    </message>
    <message>
        <source>&amp;Cancel the request...</source>
        <translation>&amp;Cancel the request...</translation>
    </message>
    <message>
        <source>Whole &amp;history</source>
        <translation>Whole &amp;history</translation>
    </message>
    <message>
        <source>Asked from:</source>
        <translation>Asked from:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>to:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <source>Select a request to see its goods and its story.</source>
        <translation>Select a request to see its goods and its story.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · asked on %3 · %4&lt;br/&gt;%5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · asked on %3 · %4&lt;br/&gt;%5</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Cancelled: %1</translation>
    </message>
    <message>
        <source>Booking on the platform: %1</source>
        <translation>Booking on the platform: %1</translation>
    </message>
    <message>
        <source>What request %1 could not receive, carried over.</source>
        <translation>What request %1 could not receive, carried over.</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>Cancel the request</translation>
    </message>
    <message>
        <source>Reason (kept with the request):</source>
        <translation>Reason (kept with the request):</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln request</numerusform>
            <numerusform>%Ln requests</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the requests…</source>
        <translation>Reading the requests…</translation>
    </message>
    <message>
        <source>Reading the request…</source>
        <translation>Reading the request…</translation>
    </message>
</context>
<context>
    <name>deliveries::ReturnDialog</name>
    <message>
        <source>Return: %1</source>
        <translation>Return: %1</translation>
    </message>
    <message>
        <source>Recipient absent: goods brought back</source>
        <translation>Recipient absent: goods brought back</translation>
    </message>
    <message>
        <source>Goods refused by the recipient</source>
        <translation>Goods refused by the recipient</translation>
    </message>
    <message>
        <source>Goods damaged during transport</source>
        <translation>Goods damaged during transport</translation>
    </message>
    <message>
        <source>Delivery entered by mistake</source>
        <translation>Delivery entered by mistake</translation>
    </message>
    <message>
        <source>The goods go back into the lots they came from, as return movements in the warehouse ledger.</source>
        <translation>The goods go back into the lots they came from, as return movements in the warehouse ledger.</translation>
    </message>
    <message>
        <source>Record the return</source>
        <translation>Record the return</translation>
    </message>
    <message>
        <source>Back &amp;on:</source>
        <translation>Back &amp;on:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
</context>
<context>
    <name>deliveries::SaveDelivery</name>
    <message>
        <source>Planning undone</source>
        <translation>Planning undone</translation>
    </message>
    <message>
        <source>edit of delivery %1</source>
        <translation>edit of delivery %1</translation>
    </message>
    <message>
        <source>new delivery %1</source>
        <translation>new delivery %1</translation>
    </message>
</context>
<context>
    <name>deliveries::SaveRecipient</name>
    <message>
        <source>edit of recipient %1</source>
        <translation>edit of recipient %1</translation>
    </message>
    <message>
        <source>new recipient %1</source>
        <translation>new recipient %1</translation>
    </message>
</context>
<context>
    <name>deliveries::SignDialog</name>
    <message>
        <source>Delivered: %1</source>
        <translation>Delivered: %1</translation>
    </message>
    <message>
        <source>Name and surname, as written on the delivery note</source>
        <translation>Name and surname, as written on the delivery note</translation>
    </message>
    <message>
        <source>The goods are issued from stock now if the delivery was not loaded yet. Once delivered, the delivery can no longer be edited: only reversed by a return.</source>
        <translation>The goods are issued from stock now if the delivery was not loaded yet. Once delivered, the delivery can no longer be edited: only reversed by a return.</translation>
    </message>
    <message>
        <source>Record the delivery</source>
        <translation>Record the delivery</translation>
    </message>
    <message>
        <source>&amp;Signed by:</source>
        <translation>&amp;Signed by:</translation>
    </message>
    <message>
        <source>&amp;Delivered at:</source>
        <translation>&amp;Delivered at:</translation>
    </message>
</context>
<context>
    <name>fleet::CorrectDeployment</name>
    <message>
        <source>correction of a deployment's km</source>
        <translation>correction of a deployment's km</translation>
    </message>
</context>
<context>
    <name>fleet::CorrectDeploymentDialog</name>
    <message>
        <source>Correct deployment</source>
        <translation>Correct deployment</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>Km recorded</source>
        <translation>Km recorded</translation>
    </message>
    <message>
        <source>Km now</source>
        <translation>Km now</translation>
    </message>
    <message>
        <source>Correct km</source>
        <translation>Correct km</translation>
    </message>
    <message>
        <source>Vehicles of the deployment</source>
        <translation>Vehicles of the deployment</translation>
    </message>
    <message>
        <source>Correct km of %1</source>
        <translation>Correct km of %1</translation>
    </message>
    <message>
        <source>No vehicle went on this deployment: there are no km to correct.</source>
        <translation>No vehicle went on this deployment: there are no km to correct.</translation>
    </message>
    <message>
        <source>e.g. 1.200 km typed for 120</source>
        <translation>e.g. 1.200 km typed for 120</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Save correction</source>
        <translation>&amp;Save correction</translation>
    </message>
    <message>
        <source>Write the km each vehicle really drove: the odometers follow, and what was recorded stays in the register.</source>
        <translation>Write the km each vehicle really drove: the odometers follow, and what was recorded stays in the register.</translation>
    </message>
</context>
<context>
    <name>fleet::DeploymentDialog</name>
    <message>
        <source>New deployment</source>
        <translation>New deployment</translation>
    </message>
    <message>
        <source>(choose the event)</source>
        <translation>(choose the event)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>(choose the service)</source>
        <translation>(choose the service)</translation>
    </message>
    <message>
        <source>e.g. Regione Lombardia, Dipartimento della Protezione Civile</source>
        <translation>e.g. Regione Lombardia, Dipartimento della Protezione Civile</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <source>e.g. the field hospital, the sports centre</source>
        <translation>e.g. the field hospital, the sports centre</translation>
    </message>
    <message>
        <source>Modules sent</source>
        <translation>Modules sent</translation>
    </message>
    <message numerus="yes">
        <source>%n vehicle(s)</source>
        <translation>
            <numerusform>%n vehicle</numerusform>
            <numerusform>%n vehicles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of equipment</source>
        <translation>
            <numerusform>%n piece of equipment</numerusform>
            <numerusform>%n pieces of equipment</numerusform>
        </translation>
    </message>
    <message>
        <source>skills: %1</source>
        <translation>skills: %1</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>Fit on the last day</source>
        <translation>Fit on the last day</translation>
    </message>
    <message>
        <source>Km driven</source>
        <translation>Km driven</translation>
    </message>
    <message>
        <source>Why it goes anyway (when not fit)</source>
        <translation>Why it goes anyway (when not fit)</translation>
    </message>
    <message>
        <source>Vehicles sent</source>
        <translation>Vehicles sent</translation>
    </message>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source>Km driven by %1</source>
        <translation>Km driven by %1</translation>
    </message>
    <message>
        <source>Why %1 goes anyway</source>
        <translation>Why %1 goes anyway</translation>
    </message>
    <message>
        <source>Search by description or serial number</source>
        <translation>Search by description or serial number</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>Equipment sent</source>
        <translation>Equipment sent</translation>
    </message>
    <message>
        <source>Search by surname, name, codice fiscale, organisation or qualification</source>
        <translation>Search by surname, name, codice fiscale, organisation or qualification</translation>
    </message>
    <message>
        <source>Volunteers sent</source>
        <translation>Volunteers sent</translation>
    </message>
    <message>
        <source>Their days on the deployment are recorded as activations (person-days, art. 39). Those with a qualification the ticked modules need come first.</source>
        <translation>Their days on the deployment are recorded as activations (person-days, art. 39). Those with a qualification the ticked modules need come first.</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Event:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service:</translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <translation>S&amp;cope:</translation>
    </message>
    <message>
        <source>&amp;Requested by:</source>
        <translation>&amp;Requested by:</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>C&amp;omune:</source>
        <translation>C&amp;omune:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>no: already deployed for «%1» from %2 to %3</source>
        <translation>no: already deployed for «%1» from %2 to %3</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation>no: %1</translation>
    </message>
    <message>
        <source>It goes only with the reason written beside it.</source>
        <translation>It goes only with the reason written beside it.</translation>
    </message>
    <message>
        <source>Valid qualifications: %1</source>
        <translation>Valid qualifications: %1</translation>
    </message>
    <message>
        <source>&amp;Modules (%1)</source>
        <translation>&amp;Modules (%1)</translation>
    </message>
    <message>
        <source>&amp;Vehicles (%1)</source>
        <translation>&amp;Vehicles (%1)</translation>
    </message>
    <message>
        <source>E&amp;quipment (%1)</source>
        <translation>E&amp;quipment (%1)</translation>
    </message>
    <message>
        <source>Vol&amp;unteers (%1)</source>
        <translation>Vol&amp;unteers (%1)</translation>
    </message>
    <message>
        <source>Sent: %1, %2, %3, %4; %5 km.</source>
        <translation>Sent: %1, %2, %3, %4; %5 km.</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n module</numerusform>
            <numerusform>%n modules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n volunteer(s)</source>
        <translation>
            <numerusform>%n volunteer</numerusform>
            <numerusform>%n volunteers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not fit on the last day: each goes only with its reason.</source>
        <translation>
            <numerusform>%n not fit on the last day: each goes only with its reason.</numerusform>
            <numerusform>%n not fit on the last day: each goes only with its reason.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fleet::DeploymentText</name>
    <message>
        <source>within the province</source>
        <translation>within the province</translation>
    </message>
    <message>
        <source>outside the province</source>
        <translation>outside the province</translation>
    </message>
    <message>
        <source>national</source>
        <translation>national</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retired</translation>
    </message>
    <message>
        <source>revision not valid to the last day</source>
        <translation>revision not valid to the last day</translation>
    </message>
    <message>
        <source>insurance not valid to the last day</source>
        <translation>insurance not valid to the last day</translation>
    </message>
    <message>
        <source>periodic check overdue</source>
        <translation>periodic check overdue</translation>
    </message>
</context>
<context>
    <name>fleet::DeploymentsPage</name>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Vehicles</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>Km</source>
        <translation>Km</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>Deployments</translation>
    </message>
    <message>
        <source>&amp;New deployment...</source>
        <translation>&amp;New deployment...</translation>
    </message>
    <message>
        <source>Only the coordinators record deployments.</source>
        <translation>Only the coordinators record deployments.</translation>
    </message>
    <message>
        <source>Running &amp;from:</source>
        <translation>Running &amp;from:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>&amp;to:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deployment(s)</source>
        <translation>
            <numerusform>%Ln deployment</numerusform>
            <numerusform>%Ln deployments</numerusform>
        </translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Voided</translation>
    </message>
    <message>
        <source>Voided: %1</source>
        <translation>Voided: %1</translation>
    </message>
    <message>
        <source>&amp;Correct...</source>
        <translation>&amp;Correct...</translation>
    </message>
    <message>
        <source>Correct the km of the selected deployment's vehicles</source>
        <translation>Correct the km of the selected deployment's vehicles</translation>
    </message>
    <message>
        <source>&amp;Void deployment...</source>
        <translation>&amp;Void deployment...</translation>
    </message>
    <message>
        <source>Void the selected deployment: its km and its volunteers' days are withdrawn</source>
        <translation>Void the selected deployment: its km and its volunteers' days are withdrawn</translation>
    </message>
    <message>
        <source>Only the coordinators correct deployments.</source>
        <translation>Only the coordinators correct deployments.</translation>
    </message>
    <message>
        <source>Only the coordinators void deployments.</source>
        <translation>Only the coordinators void deployments.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <source>&amp;Withdraw...</source>
        <translation>&amp;Withdraw...</translation>
    </message>
    <message>
        <source>Withdraw a vehicle, a piece of equipment or a volunteer recorded on the selected deployment by mistake</source>
        <translation>Withdraw a vehicle, a piece of equipment or a volunteer recorded on the selected deployment by mistake</translation>
    </message>
</context>
<context>
    <name>fleet::EquipmentDialog</name>
    <message>
        <source>Equipment %1</source>
        <translation>Equipment %1</translation>
    </message>
    <message>
        <source>New equipment</source>
        <translation>New equipment</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>&amp;Serial number:</source>
        <translation>&amp;Serial number:</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>S&amp;ite:</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>S&amp;tate:</translation>
    </message>
    <message>
        <source>Next &amp;check:</source>
        <translation>Next &amp;check:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
</context>
<context>
    <name>fleet::EquipmentPage</name>
    <message>
        <source>Search by description or serial number</source>
        <translation>Search by description or serial number</translation>
    </message>
    <message>
        <source>Every type</source>
        <translation>Every type</translation>
    </message>
    <message>
        <source>Only &amp;on loan</source>
        <translation>Only &amp;on loan</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Next check</source>
        <translation>Next check</translation>
    </message>
    <message>
        <source>On loan to</source>
        <translation>On loan to</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>&amp;New equipment...</source>
        <translation>&amp;New equipment...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Edit...</translation>
    </message>
    <message>
        <source>&amp;Lend...</source>
        <translation>&amp;Lend...</translation>
    </message>
    <message>
        <source>&amp;Return...</source>
        <translation>&amp;Return...</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Movement</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Condition on return</source>
        <translation>Condition on return</translation>
    </message>
    <message>
        <source>Lent</source>
        <translation>Lent</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Loans</translation>
    </message>
    <message>
        <source>Loans to organisations</source>
        <translation>Loans to organisations</translation>
    </message>
    <message numerus="yes">
        <source>%Ln piece(s)</source>
        <translation>
            <numerusform>%Ln piece</numerusform>
            <numerusform>%Ln pieces</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Import...</translation>
    </message>
    <message>
        <source>Reads a spreadsheet (Excel .xlsx or CSV): its lines and problems are shown before anything is written</source>
        <translation>Reads a spreadsheet (Excel .xlsx or CSV): its lines and problems are shown before anything is written</translation>
    </message>
</context>
<context>
    <name>fleet::FleetErrors</name>
    <message>
        <source>The plate is missing.</source>
        <translation>The plate is missing.</translation>
    </message>
    <message>
        <source>«%1» is not an Italian plate: write it as AB 123 CD (or a motorcycle's AB 12345, an old provincial plate such as MI 123456, a special plate such as CRI, EI, VF, CC, PC or DPC followed by letters and digits).</source>
        <translation>«%1» is not an Italian plate: write it as AB 123 CD (or a motorcycle's AB 12345, an old provincial plate such as MI 123456, a special plate such as CRI, EI, VF, CC, PC or DPC followed by letters and digits).</translation>
    </message>
    <message>
        <source>The plate %1 already belongs to another vehicle.</source>
        <translation>The plate %1 already belongs to another vehicle.</translation>
    </message>
    <message>
        <source>The revision due on %1 comes before the registration of %2.</source>
        <translation>The revision due on %1 comes before the registration of %2.</translation>
    </message>
    <message>
        <source>The registration date %1 is in the future.</source>
        <translation>The registration date %1 is in the future.</translation>
    </message>
    <message>
        <source>%1 km is not a possible reading: the odometer goes from 0 to 2.000.000 km.</source>
        <translation>%1 km is not a possible reading: the odometer goes from 0 to 2.000.000 km.</translation>
    </message>
    <message>
        <source>The odometer cannot go back: %1 km is less than the %2 km on record.</source>
        <translation>The odometer cannot go back: %1 km is less than the %2 km on record.</translation>
    </message>
    <message>
        <source>%1 km is less than the %2 km recorded on %3: the odometer cannot go back.</source>
        <translation>%1 km is less than the %2 km recorded on %3: the odometer cannot go back.</translation>
    </message>
    <message>
        <source>%1 km is more than the %2 km recorded later, on %3.</source>
        <translation>%1 km is more than the %2 km recorded later, on %3.</translation>
    </message>
    <message>
        <source>The cost is not possible: it must be between 0 and 1.000.000.000 euro.</source>
        <translation>The cost is not possible: it must be between 0 and 1.000.000.000 euro.</translation>
    </message>
    <message>
        <source>Say what work was done.</source>
        <translation>Say what work was done.</translation>
    </message>
    <message>
        <source>This maintenance entry was already cancelled.</source>
        <translation>This maintenance entry was already cancelled.</translation>
    </message>
    <message>
        <source>This maintenance entry no longer exists.</source>
        <translation>This maintenance entry no longer exists.</translation>
    </message>
    <message>
        <source>The date is missing.</source>
        <translation>The date is missing.</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>The date %1 is in the future.</translation>
    </message>
    <message>
        <source>Choose the organisation.</source>
        <translation>Choose the organisation.</translation>
    </message>
    <message>
        <source>The name of the site is missing.</source>
        <translation>The name of the site is missing.</translation>
    </message>
    <message>
        <source>There is already a site called «%1».</source>
        <translation>There is already a site called «%1».</translation>
    </message>
    <message>
        <source>The description of the equipment is missing.</source>
        <translation>The description of the equipment is missing.</translation>
    </message>
    <message>
        <source>The serial number %1 already belongs to another piece of equipment.</source>
        <translation>The serial number %1 already belongs to another piece of equipment.</translation>
    </message>
    <message>
        <source>%1 is already on loan to %2 since %3: record its return first.</source>
        <translation>%1 is already on loan to %2 since %3: record its return first.</translation>
    </message>
    <message>
        <source>%1 is not out on loan.</source>
        <translation>%1 is not out on loan.</translation>
    </message>
    <message>
        <source>%1 is out of service or retired: it cannot be lent.</source>
        <translation>%1 is out of service or retired: it cannot be lent.</translation>
    </message>
    <message>
        <source>The return on %1 comes before the loan of %2.</source>
        <translation>The return on %1 comes before the loan of %2.</translation>
    </message>
    <message>
        <source>This vehicle no longer exists.</source>
        <translation>This vehicle no longer exists.</translation>
    </message>
    <message>
        <source>This piece of equipment no longer exists.</source>
        <translation>This piece of equipment no longer exists.</translation>
    </message>
    <message>
        <source>This site no longer exists.</source>
        <translation>This site no longer exists.</translation>
    </message>
    <message>
        <source>There is no organisation «%1».</source>
        <translation>There is no organisation «%1».</translation>
    </message>
    <message>
        <source>There is no comune with code %1.</source>
        <translation>There is no comune with code %1.</translation>
    </message>
    <message>
        <source>The file has no column «%1».</source>
        <translation>The file has no column «%1».</translation>
    </message>
    <message>
        <source>%1 is already on line %2 of the file.</source>
        <translation>%1 is already on line %2 of the file.</translation>
    </message>
    <message>
        <source>«%1» is not a known type.</source>
        <translation>«%1» is not a known type.</translation>
    </message>
    <message>
        <source>«%1» is not a state: write operativo, in manutenzione or fuori servizio.</source>
        <translation>«%1» is not a state: write operativo, in manutenzione or fuori servizio.</translation>
    </message>
    <message>
        <source>«%1» is not a date: write it as dd/mm/yyyy.</source>
        <translation>«%1» is not a date: write it as dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>«%1» is not a whole number of km.</source>
        <translation>«%1» is not a whole number of km.</translation>
    </message>
    <message>
        <source>«%1» is not an owner: write Città metropolitana, CCV-MI or the name of an organisation.</source>
        <translation>«%1» is not an owner: write Città metropolitana, CCV-MI or the name of an organisation.</translation>
    </message>
    <message>
        <source>There is no site called «%1».</source>
        <translation>There is no site called «%1».</translation>
    </message>
    <message>
        <source>«%1» is not something the Colonna Mobile imports.</source>
        <translation>«%1» is not something the Colonna Mobile imports.</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s): nothing was imported.</source>
        <translation>
            <numerusform>The file has %n problem: nothing was imported.</numerusform>
            <numerusform>The file has %n problems: nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>The name of the module is missing.</source>
        <translation>The name of the module is missing.</translation>
    </message>
    <message>
        <source>There is already a module called «%1».</source>
        <translation>There is already a module called «%1».</translation>
    </message>
    <message>
        <source>There is no module «%1».</source>
        <translation>There is no module «%1».</translation>
    </message>
    <message>
        <source>A skill has no qualification: choose one.</source>
        <translation>A skill has no qualification: choose one.</translation>
    </message>
    <message>
        <source>«%1»: the number of volunteers goes from 1 to 99, not %2.</source>
        <translation>«%1»: the number of volunteers goes from 1 to 99, not %2.</translation>
    </message>
    <message>
        <source>The skill «%1» is listed twice.</source>
        <translation>The skill «%1» is listed twice.</translation>
    </message>
    <message>
        <source>Choose the event of the deployment.</source>
        <translation>Choose the event of the deployment.</translation>
    </message>
    <message>
        <source>This event no longer exists.</source>
        <translation>This event no longer exists.</translation>
    </message>
    <message>
        <source>Choose the service under which the volunteers' days are recorded.</source>
        <translation>Choose the service under which the volunteers' days are recorded.</translation>
    </message>
    <message>
        <source>This service no longer exists.</source>
        <translation>This service no longer exists.</translation>
    </message>
    <message>
        <source>Say which body asked for the deployment.</source>
        <translation>Say which body asked for the deployment.</translation>
    </message>
    <message>
        <source>The first and last day of the deployment are needed.</source>
        <translation>The first and last day of the deployment are needed.</translation>
    </message>
    <message>
        <source>The deployment ends on %2, before it starts on %1.</source>
        <translation>The deployment ends on %2, before it starts on %1.</translation>
    </message>
    <message>
        <source>A deployment lasts at most a year: record a longer one in parts.</source>
        <translation>A deployment lasts at most a year: record a longer one in parts.</translation>
    </message>
    <message>
        <source>%1 is outside the event «%2», which starts on %3.</source>
        <translation>%1 is outside the event «%2», which starts on %3.</translation>
    </message>
    <message>
        <source>%1 is outside the event «%2», from %3 to %4.</source>
        <translation>%1 is outside the event «%2», from %3 to %4.</translation>
    </message>
    <message>
        <source>The deployment sends nothing: choose modules, vehicles, equipment or volunteers.</source>
        <translation>The deployment sends nothing: choose modules, vehicles, equipment or volunteers.</translation>
    </message>
    <message>
        <source>%1 km on one deployment is not possible: write from 0 to 100.000 km.</source>
        <translation>%1 km on one deployment is not possible: write from 0 to 100.000 km.</translation>
    </message>
    <message>
        <source>The vehicle %1 cannot be sent (%2): give the reason it goes anyway, or leave it at the site.</source>
        <translation>The vehicle %1 cannot be sent (%2): give the reason it goes anyway, or leave it at the site.</translation>
    </message>
    <message>
        <source>%1 cannot be sent (%2): give the reason it goes anyway, or leave it at the site.</source>
        <translation>%1 cannot be sent (%2): give the reason it goes anyway, or leave it at the site.</translation>
    </message>
    <message>
        <source>The vehicle %1 is already deployed for «%2» from %3 to %4.</source>
        <translation>The vehicle %1 is already deployed for «%2» from %3 to %4.</translation>
    </message>
    <message>
        <source>%1 is already deployed for «%2» from %3 to %4.</source>
        <translation>%1 is already deployed for «%2» from %3 to %4.</translation>
    </message>
    <message>
        <source>Write the reason: it stays with the deployment.</source>
        <translation>Write the reason: it stays with the deployment.</translation>
    </message>
    <message>
        <source>There is no deployment %1.</source>
        <translation>There is no deployment %1.</translation>
    </message>
    <message>
        <source>The deployment for «%1» of %2 has been voided: it can no longer be changed.</source>
        <translation>The deployment for «%1» of %2 has been voided: it can no longer be changed.</translation>
    </message>
    <message numerus="yes">
        <source>The deployment cannot be voided: %2, the day of %1 on it, is certified by attestato %3, already issued (%Ln certified day(s) in all). Cancel the attestato first, or correct the deployment instead.</source>
        <translation>
            <numerusform>The deployment cannot be voided: %2, the day of %1 on it, is certified by attestato %3, already issued (%Ln certified day in all). Cancel the attestato first, or correct the deployment instead.</numerusform>
            <numerusform>The deployment cannot be voided: %2, the day of %1 on it, is certified by attestato %3, already issued (%Ln certified days in all). Cancel the attestato first, or correct the deployment instead.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the vehicles whose km to correct.</source>
        <translation>Choose the vehicles whose km to correct.</translation>
    </message>
    <message>
        <source>The vehicle %1 did not go on this deployment.</source>
        <translation>The vehicle %1 did not go on this deployment.</translation>
    </message>
    <message>
        <source>The km are the same as recorded: nothing to correct.</source>
        <translation>The km are the same as recorded: nothing to correct.</translation>
    </message>
    <message>
        <source>The km of %1 on this deployment are inside an earlier reading of its odometer, and the vehicle has been read since at %2 km: that reading holds only what was driven, so the km cannot be taken out of it.</source>
        <translation>The km of %1 on this deployment are inside an earlier reading of its odometer, and the vehicle has been read since at %2 km: that reading holds only what was driven, so the km cannot be taken out of it.</translation>
    </message>
    <message>
        <source>The km of %1 on this deployment, recorded before corrections were possible, are inside the reading of %2 km read at the service of %3, after the deployment: they cannot be taken out of a reading read on the vehicle.</source>
        <translation>The km of %1 on this deployment, recorded before corrections were possible, are inside the reading of %2 km read at the service of %3, after the deployment: they cannot be taken out of a reading read on the vehicle.</translation>
    </message>
    <message>
        <source>The odometer of %1 reads %2 km, fewer than the %3 km its deployments recorded before corrections were possible: its history does not say which km are inside that reading, so they cannot be taken out. Correct the odometer on the vehicle instead.</source>
        <translation>The odometer of %1 reads %2 km, fewer than the %3 km its deployments recorded before corrections were possible: its history does not say which km are inside that reading, so they cannot be taken out. Correct the odometer on the vehicle instead.</translation>
    </message>
    <message>
        <source>Name one vehicle, one piece of equipment or one volunteer to withdraw from the deployment.</source>
        <translation>Name one vehicle, one piece of equipment or one volunteer to withdraw from the deployment.</translation>
    </message>
    <message>
        <source>%1 is not on this deployment (or was withdrawn from it already).</source>
        <translation>%1 is not on this deployment (or was withdrawn from it already).</translation>
    </message>
    <message>
        <source>%1 is all that is left on this deployment: void the deployment instead.</source>
        <translation>%1 is all that is left on this deployment: void the deployment instead.</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be withdrawn: %2, a day of theirs on this deployment, is certified by attestato %3, already issued (%Ln certified day(s) in all). Cancel the attestato first.</source>
        <translation><numerusform>%1 cannot be withdrawn: %2, a day of theirs on this deployment, is certified by attestato %3, already issued (%Ln certified day in all). Cancel the attestato first.</numerusform><numerusform>%1 cannot be withdrawn: %2, a day of theirs on this deployment, is certified by attestato %3, already issued (%Ln certified days in all). Cancel the attestato first.</numerusform></translation>
    </message>
</context>
<context>
    <name>fleet::FleetImportDialog</name>
    <message>
        <source>Import vehicles from a spreadsheet</source>
        <translation>Import vehicles from a spreadsheet</translation>
    </message>
    <message>
        <source>Import equipment from a spreadsheet</source>
        <translation>Import equipment from a spreadsheet</translation>
    </message>
    <message>
        <source>Import vehicles</source>
        <translation>Import vehicles</translation>
    </message>
    <message>
        <source>Import equipment</source>
        <translation>Import equipment</translation>
    </message>
    <message>
        <source>One line per vehicle. Columns (any order): targa, tipo, proprietario (Città metropolitana, CCV-MI or an organisation); optional: modello, sede, stato, immatricolazione, revisione, assicurazione, km, note. Dates dd/mm/yyyy. A plate already on record updates that vehicle.</source>
        <translation>One line per vehicle. Columns (any order): targa, tipo, proprietario (Città metropolitana, CCV-MI or an organisation); optional: modello, sede, stato, immatricolazione, revisione, assicurazione, km, note. Dates dd/mm/yyyy. A plate already on record updates that vehicle.</translation>
    </message>
    <message>
        <source>One line per piece. Columns (any order): tipo, descrizione; optional: matricola, sede, stato, verifica (next periodic check, dd/mm/yyyy), note. A serial number already on record updates that piece.</source>
        <translation>One line per piece. Columns (any order): tipo, descrizione; optional: matricola, sede, stato, verifica (next periodic check, dd/mm/yyyy), note. A serial number already on record updates that piece.</translation>
    </message>
    <message>
        <source>The file's lines</source>
        <translation>The file's lines</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <source>%1 Nothing can be imported until they are fixed.</source>
        <translation>%1 Nothing can be imported until they are fixed.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) in the file.</source>
        <translation>
            <numerusform>%n error in the file.</numerusform>
            <numerusform>%n errors in the file.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3.</source>
        <translation>%1: %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) checked</source>
        <translation>
            <numerusform>%n line checked</numerusform>
            <numerusform>%n lines checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to add</source>
        <translation>
            <numerusform>%n to add</numerusform>
            <numerusform>%n to add</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update (already on record)</source>
        <translation>
            <numerusform>%n to update (already on record)</numerusform>
            <numerusform>%n to update (already on record)</numerusform>
        </translation>
    </message>
    <message>
        <source>The file's lines: the first %1 of %2</source>
        <translation>The file's lines: the first %1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>The file's lines (%n)</source>
        <translation>
            <numerusform>The file's lines (%n)</numerusform>
            <numerusform>The file's lines (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
</context>
<context>
    <name>fleet::FleetModule</name>
    <message>
        <source>Vehicle revisions due</source>
        <translation>Vehicle revisions due</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln overdue</numerusform>
            <numerusform>%Ln overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln within 30 days</source>
        <translation>
            <numerusform>%Ln within 30 days</numerusform>
            <numerusform>%Ln within 30 days</numerusform>
        </translation>
    </message>
    <message>
        <source>Vehicle insurance expiring</source>
        <translation>Vehicle insurance expiring</translation>
    </message>
    <message numerus="yes">
        <source>%Ln expired</source>
        <translation>
            <numerusform>%Ln expired</numerusform>
            <numerusform>%Ln expired</numerusform>
        </translation>
    </message>
    <message>
        <source>Equipment on loan</source>
        <translation>Equipment on loan</translation>
    </message>
    <message numerus="yes">
        <source>%Ln piece(s) in all</source>
        <translation>
            <numerusform>%Ln piece in all</numerusform>
            <numerusform>%Ln pieces in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln check(s) overdue</source>
        <translation>
            <numerusform>%Ln check overdue</numerusform>
            <numerusform>%Ln checks overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Colonna Mobile</source>
        <translation>Colonna Mobile</translation>
    </message>
    <message>
        <source>Modules ready to leave</source>
        <translation>Modules ready to leave</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>none could leave now</source>
        <translation>none could leave now</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Vehicles</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Modules of the Colonna Mobile</source>
        <translation>Modules of the Colonna Mobile</translation>
    </message>
</context>
<context>
    <name>fleet::FleetReports</name>
    <message>
        <source>Vehicles: revisions and insurance due</source>
        <translation>Vehicles: revisions and insurance due</translation>
    </message>
    <message>
        <source>Vehicles and equipment held by each organisation</source>
        <translation>Vehicles and equipment held by each organisation</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Due within</source>
        <translation>Due within</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>due soon</translation>
    </message>
    <message>
        <source>Active vehicles not out of service whose revision or insurance is overdue, or due within %1: %2, %3.</source>
        <translation>Active vehicles not out of service whose revision or insurance is overdue, or due within %1: %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s)</source>
        <translation>
            <numerusform>%n deadline</numerusform>
            <numerusform>%n deadlines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Plate or serial number</source>
        <translation>Plate or serial number</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Registered or lent on</source>
        <translation>Registered or lent on</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Vehicle owned</source>
        <translation>Vehicle owned</translation>
    </message>
    <message>
        <source>Equipment on loan</source>
        <translation>Equipment on loan</translation>
    </message>
    <message>
        <source>%1 and %2.</source>
        <translation>%1 and %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n vehicle(s) owned</source>
        <translation>
            <numerusform>%n vehicle owned</numerusform>
            <numerusform>%n vehicles owned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of equipment on loan</source>
        <translation>
            <numerusform>%n piece of equipment on loan</numerusform>
            <numerusform>%n pieces of equipment on loan</numerusform>
        </translation>
    </message>
    <message>
        <source>Colonna Mobile: modules ready to leave</source>
        <translation>Colonna Mobile: modules ready to leave</translation>
    </message>
    <message>
        <source>Departure checklist of a module</source>
        <translation>Departure checklist of a module</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Vehicles</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>Volunteers needed</source>
        <translation>Volunteers needed</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Covered</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Why not</translation>
    </message>
    <message>
        <source>%1 could leave now, of %2.</source>
        <translation>%1 could leave now, of %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n module</numerusform>
            <numerusform>%n modules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active module(s)</source>
        <translation>
            <numerusform>%n active module</numerusform>
            <numerusform>%n active modules</numerusform>
        </translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Checked</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>revision %1</translation>
    </message>
    <message>
        <source>insurance %1</source>
        <translation>insurance %1</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>check %1</source>
        <translation>check %1</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Skill</translation>
    </message>
    <message>
        <source>%1 needed, %2 hold it valid</source>
        <translation>%1 needed, %2 hold it valid</translation>
    </message>
    <message>
        <source>%1 of %2 covered</source>
        <translation>%1 of %2 covered</translation>
    </message>
    <message>
        <source>Every vehicle and piece of equipment is fit and every skill is covered: the module can leave. Tick each line as it is checked on departure.</source>
        <translation>Every vehicle and piece of equipment is fit and every skill is covered: the module can leave. Tick each line as it is checked on departure.</translation>
    </message>
    <message>
        <source>The module cannot leave as it is: %1</source>
        <translation>The module cannot leave as it is: %1</translation>
    </message>
    <message>
        <source>Volunteers leaving</source>
        <translation>Volunteers leaving</translation>
    </message>
    <message>
        <source>Surname and name</source>
        <translation>Surname and name</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Before leaving</source>
        <translation>Before leaving</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Vehicle documents, insurance card and fuel card on board</source>
        <translation>Vehicle documents, insurance card and fuel card on board</translation>
    </message>
    <message>
        <source>Fuel and oil levels, tyres, lights</source>
        <translation>Fuel and oil levels, tyres, lights</translation>
    </message>
    <message>
        <source>Load secured, trailers hitched and lit</source>
        <translation>Load secured, trailers hitched and lit</translation>
    </message>
    <message>
        <source>Radios charged, frequencies and call signs agreed</source>
        <translation>Radios charged, frequencies and call signs agreed</translation>
    </message>
    <message>
        <source>First-aid kit and PPE for every volunteer</source>
        <translation>First-aid kit and PPE for every volunteer</translation>
    </message>
    <message>
        <source>Route, destination and contact at the destination known to each driver</source>
        <translation>Route, destination and contact at the destination known to each driver</translation>
    </message>
    <message>
        <source>The module leader</source>
        <translation>The module leader</translation>
    </message>
    <message>
        <source>The operations room</source>
        <translation>The operations room</translation>
    </message>
    <message>
        <source>Departure checklist: %1</source>
        <translation>Departure checklist: %1</translation>
    </message>
    <message>
        <source>Departure checklists</source>
        <translation>Departure checklists</translation>
    </message>
    <message>
        <source>Kept at</source>
        <translation>Kept at</translation>
    </message>
    <message>
        <source>No active module.</source>
        <translation>No active module.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Module:</translation>
    </message>
    <message>
        <source>Every active module</source>
        <translation>Every active module</translation>
    </message>
    <message>
        <source>Colonna Mobile: deployments</source>
        <translation>Colonna Mobile: deployments</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>Person-days</source>
        <translation>Person-days</translation>
    </message>
    <message>
        <source>Km</source>
        <translation>Km</translation>
    </message>
    <message>
        <source>Sent though not fit</source>
        <translation>Sent though not fit</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1, %2 driven.</source>
        <translation>%1, %2 driven.</translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s)</source>
        <translation>
            <numerusform>%n deployment</numerusform>
            <numerusform>%n deployments</numerusform>
        </translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>VOIDED</source>
        <translation>VOIDED</translation>
    </message>
    <message numerus="yes">
        <source>%n voided deployment(s) stay listed, marked VOIDED: they count no km and no person-days.</source>
        <translation>
            <numerusform>%n voided deployment stays listed, marked VOIDED: it counts no km and no person-days.</numerusform>
            <numerusform>%n voided deployments stay listed, marked VOIDED: they count no km and no person-days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Voided on</source>
        <translation>Voided on</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Km withdrawn</source>
        <translation>Km withdrawn</translation>
    </message>
    <message>
        <source>Volunteer days reversed</source>
        <translation>Volunteer days reversed</translation>
    </message>
    <message>
        <source>Voided deployments</source>
        <translation>Voided deployments</translation>
    </message>
    <message>
        <source>Km before</source>
        <translation>Km before</translation>
    </message>
    <message>
        <source>Km corrected</source>
        <translation>Km corrected</translation>
    </message>
    <message>
        <source>Corrected on</source>
        <translation>Corrected on</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>corrected</translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s) corrected: the km are the corrected ones, and what was withdrawn counts nothing.</source>
        <translation><numerusform>%n deployment corrected: the km are the corrected ones, and what was withdrawn counts nothing.</numerusform><numerusform>%n deployments corrected: the km are the corrected ones, and what was withdrawn counts nothing.</numerusform></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <source>vehicle %1</source>
        <translation>vehicle %1</translation>
    </message>
    <message>
        <source>equipment: %1</source>
        <translation>equipment: %1</translation>
    </message>
    <message>
        <source>volunteer: %1</source>
        <translation>volunteer: %1</translation>
    </message>
    <message>
        <source>Withdrawn from deployments</source>
        <translation>Withdrawn from deployments</translation>
    </message>
</context>
<context>
    <name>fleet::FleetSyncTexts</name>
    <message>
        <source>Colonna Mobile sites</source>
        <translation>Colonna Mobile sites</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Vehicles</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>Vehicle maintenance log</source>
        <translation>Vehicle maintenance log</translation>
    </message>
    <message>
        <source>Equipment loans</source>
        <translation>Equipment loans</translation>
    </message>
    <message>
        <source>Colonna Mobile site saved</source>
        <translation>Colonna Mobile site saved</translation>
    </message>
    <message>
        <source>Vehicle saved</source>
        <translation>Vehicle saved</translation>
    </message>
    <message>
        <source>Equipment saved</source>
        <translation>Equipment saved</translation>
    </message>
    <message>
        <source>Vehicle maintenance recorded</source>
        <translation>Vehicle maintenance recorded</translation>
    </message>
    <message>
        <source>Equipment lent</source>
        <translation>Equipment lent</translation>
    </message>
    <message>
        <source>Equipment returned</source>
        <translation>Equipment returned</translation>
    </message>
    <message>
        <source>Vehicles or equipment imported</source>
        <translation>Vehicles or equipment imported</translation>
    </message>
    <message>
        <source>Colonna Mobile modules</source>
        <translation>Colonna Mobile modules</translation>
    </message>
    <message>
        <source>Vehicles of the modules</source>
        <translation>Vehicles of the modules</translation>
    </message>
    <message>
        <source>Equipment of the modules</source>
        <translation>Equipment of the modules</translation>
    </message>
    <message>
        <source>Skills the modules need</source>
        <translation>Skills the modules need</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>Deployments</translation>
    </message>
    <message>
        <source>What went on each deployment</source>
        <translation>What went on each deployment</translation>
    </message>
    <message>
        <source>Colonna Mobile module saved</source>
        <translation>Colonna Mobile module saved</translation>
    </message>
    <message>
        <source>Deployment recorded</source>
        <translation>Deployment recorded</translation>
    </message>
    <message>
        <source>Deployments voided</source>
        <translation>Deployments voided</translation>
    </message>
    <message>
        <source>Deployments' km corrected</source>
        <translation>Deployments' km corrected</translation>
    </message>
    <message>
        <source>Deployment voided</source>
        <translation>Deployment voided</translation>
    </message>
    <message>
        <source>Deployment's km corrected</source>
        <translation>Deployment's km corrected</translation>
    </message>
    <message>
        <source>Lines withdrawn from deployments</source>
        <translation>Lines withdrawn from deployments</translation>
    </message>
    <message>
        <source>Odometer readings holding deployments' km</source>
        <translation>Odometer readings holding deployments' km</translation>
    </message>
    <message>
        <source>Line withdrawn from a deployment</source>
        <translation>Line withdrawn from a deployment</translation>
    </message>
</context>
<context>
    <name>fleet::FleetTab</name>
    <message>
        <source>&amp;Vehicles</source>
        <translation>&amp;Vehicles</translation>
    </message>
    <message>
        <source>&amp;Equipment</source>
        <translation>&amp;Equipment</translation>
    </message>
    <message>
        <source>&amp;Sites</source>
        <translation>&amp;Sites</translation>
    </message>
    <message>
        <source>&amp;Modules</source>
        <translation>&amp;Modules</translation>
    </message>
    <message>
        <source>&amp;Deployments</source>
        <translation>&amp;Deployments</translation>
    </message>
</context>
<context>
    <name>fleet::FleetText</name>
    <message>
        <source>Headquarters</source>
        <translation>Headquarters</translation>
    </message>
    <message>
        <source>Colonna Mobile pole</source>
        <translation>Colonna Mobile pole</translation>
    </message>
    <message>
        <source>Other place</source>
        <translation>Other place</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>Operational</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>In maintenance</source>
        <translation>In maintenance</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Out of service</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Car</translation>
    </message>
    <message>
        <source>Off-road vehicle</source>
        <translation>Off-road vehicle</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Minibus</source>
        <translation>Minibus</translation>
    </message>
    <message>
        <source>Truck</source>
        <translation>Truck</translation>
    </message>
    <message>
        <source>Pick-up</source>
        <translation>Pick-up</translation>
    </message>
    <message>
        <source>Trailer</source>
        <translation>Trailer</translation>
    </message>
    <message>
        <source>Motorcycle</source>
        <translation>Motorcycle</translation>
    </message>
    <message>
        <source>Special vehicle</source>
        <translation>Special vehicle</translation>
    </message>
    <message>
        <source>Metropolitan City</source>
        <translation>Metropolitan City</translation>
    </message>
    <message>
        <source>CCV-MI</source>
        <translation>CCV-MI</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Tent</source>
        <translation>Tent</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>Generator</translation>
    </message>
    <message>
        <source>Pump</source>
        <translation>Pump</translation>
    </message>
    <message>
        <source>Lighting tower</source>
        <translation>Lighting tower</translation>
    </message>
    <message>
        <source>Field kitchen</source>
        <translation>Field kitchen</translation>
    </message>
    <message>
        <source>Radio</source>
        <translation>Radio</translation>
    </message>
    <message>
        <source>Chainsaw</source>
        <translation>Chainsaw</translation>
    </message>
    <message>
        <source>Other equipment</source>
        <translation>Other equipment</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Worn</source>
        <translation>Worn</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
</context>
<context>
    <name>fleet::LendEquipment</name>
    <message>
        <source>loan of equipment</source>
        <translation>loan of equipment</translation>
    </message>
</context>
<context>
    <name>fleet::LoanDialog</name>
    <message>
        <source>Lend %1</source>
        <translation>Lend %1</translation>
    </message>
    <message>
        <source>Return of %1</source>
        <translation>Return of %1</translation>
    </message>
    <message>
        <source>To &amp;organisation:</source>
        <translation>To &amp;organisation:</translation>
    </message>
    <message>
        <source>&amp;Lent on:</source>
        <translation>&amp;Lent on:</translation>
    </message>
    <message>
        <source>&amp;Returned on:</source>
        <translation>&amp;Returned on:</translation>
    </message>
    <message>
        <source>&amp;Condition:</source>
        <translation>&amp;Condition:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
</context>
<context>
    <name>fleet::MaintenanceDialog</name>
    <message>
        <source>Maintenance of %1</source>
        <translation>Maintenance of %1</translation>
    </message>
    <message>
        <source>e.g. service and oil change</source>
        <translation>e.g. service and oil change</translation>
    </message>
    <message>
        <source>euro, e.g. 245,50</source>
        <translation>euro, e.g. 245,50</translation>
    </message>
    <message>
        <source>workshop or volunteer</source>
        <translation>workshop or volunteer</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Km:</source>
        <translation>&amp;Km:</translation>
    </message>
    <message>
        <source>&amp;Work done:</source>
        <translation>&amp;Work done:</translation>
    </message>
    <message>
        <source>&amp;Cost:</source>
        <translation>&amp;Cost:</translation>
    </message>
    <message>
        <source>Done &amp;by:</source>
        <translation>Done &amp;by:</translation>
    </message>
</context>
<context>
    <name>fleet::ModuleDialog</name>
    <message>
        <source>Module %1</source>
        <translation>Module %1</translation>
    </message>
    <message>
        <source>New module</source>
        <translation>New module</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <source>Vehicles of the module</source>
        <translation>Vehicles of the module</translation>
    </message>
    <message>
        <source>Equipment of the module</source>
        <translation>Equipment of the module</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>Skills the module needs</source>
        <translation>Skills the module needs</translation>
    </message>
    <message>
        <source>&amp;Add skill</source>
        <translation>&amp;Add skill</translation>
    </message>
    <message>
        <source>&amp;Remove skill</source>
        <translation>&amp;Remove skill</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Kept at:</source>
        <translation>Kept at:</translation>
    </message>
    <message>
        <source>Vehicles:</source>
        <translation>Vehicles:</translation>
    </message>
    <message>
        <source>Equipment:</source>
        <translation>Equipment:</translation>
    </message>
    <message>
        <source>Skills needed (qualifications of the volunteers):</source>
        <translation>Skills needed (qualifications of the volunteers):</translation>
    </message>
</context>
<context>
    <name>fleet::ModulesPage</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Vehicles</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Readiness</translation>
    </message>
    <message>
        <source>Modules of the Colonna Mobile</source>
        <translation>Modules of the Colonna Mobile</translation>
    </message>
    <message>
        <source>Why the module can or cannot leave</source>
        <translation>Why the module can or cannot leave</translation>
    </message>
    <message>
        <source>&amp;New module...</source>
        <translation>&amp;New module...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Edit...</translation>
    </message>
    <message>
        <source>Departure &amp;checklist...</source>
        <translation>Departure &amp;checklist...</translation>
    </message>
    <message>
        <source>Reading the modules' readiness…</source>
        <translation>Reading the modules' readiness…</translation>
    </message>
    <message>
        <source>%1 (not in use)</source>
        <translation>%1 (not in use)</translation>
    </message>
    <message>
        <source>not in use</source>
        <translation>not in use</translation>
    </message>
    <message numerus="yes">
        <source>Not ready: %Ln problem(s)</source>
        <translation>
            <numerusform>Not ready: %Ln problem</numerusform>
            <numerusform>Not ready: %Ln problems</numerusform>
        </translation>
    </message>
    <message>
        <source>No module yet: make one with «New module...» and list its vehicles, equipment and skills.</source>
        <translation>No module yet: make one with «New module...» and list its vehicles, equipment and skills.</translation>
    </message>
    <message>
        <source>On %1, %2 could leave now, of %3.</source>
        <translation>On %1, %2 could leave now, of %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n module</numerusform>
            <numerusform>%n modules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active module(s)</source>
        <translation>
            <numerusform>%n active module</numerusform>
            <numerusform>%n active modules</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to leave: every vehicle and piece of equipment is fit and every skill is covered.</source>
        <translation>Ready to leave: every vehicle and piece of equipment is fit and every skill is covered.</translation>
    </message>
    <message>
        <source>It cannot leave now:</source>
        <translation>It cannot leave now:</translation>
    </message>
    <message>
        <source>%1: %2 needed, %3 with a valid qualification</source>
        <translation>%1: %2 needed, %3 with a valid qualification</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>De&amp;ploy...</source>
        <translation>De&amp;ploy...</translation>
    </message>
    <message>
        <source>Record a deployment of the selected module: where, who asked, the km, the volunteers</source>
        <translation>Record a deployment of the selected module: where, who asked, the km, the volunteers</translation>
    </message>
</context>
<context>
    <name>fleet::ReadinessText</name>
    <message>
        <source>The module has no vehicles, equipment or skills.</source>
        <translation>The module has no vehicles, equipment or skills.</translation>
    </message>
    <message>
        <source>Vehicle %1: retired.</source>
        <translation>Vehicle %1: retired.</translation>
    </message>
    <message>
        <source>Vehicle %1: %2.</source>
        <translation>Vehicle %1: %2.</translation>
    </message>
    <message>
        <source>Vehicle %1: revision overdue since %2.</source>
        <translation>Vehicle %1: revision overdue since %2.</translation>
    </message>
    <message>
        <source>Vehicle %1: insurance expired on %2.</source>
        <translation>Vehicle %1: insurance expired on %2.</translation>
    </message>
    <message>
        <source>Vehicle %1: deployed for «%2».</source>
        <translation>Vehicle %1: deployed for «%2».</translation>
    </message>
    <message>
        <source>Equipment %1: retired.</source>
        <translation>Equipment %1: retired.</translation>
    </message>
    <message>
        <source>Equipment %1: %2.</source>
        <translation>Equipment %1: %2.</translation>
    </message>
    <message>
        <source>Equipment %1: periodic check overdue since %2.</source>
        <translation>Equipment %1: periodic check overdue since %2.</translation>
    </message>
    <message>
        <source>Equipment %1: on loan to %2.</source>
        <translation>Equipment %1: on loan to %2.</translation>
    </message>
    <message>
        <source>Equipment %1: deployed for «%2».</source>
        <translation>Equipment %1: deployed for «%2».</translation>
    </message>
    <message>
        <source>«%1»: %2 of the %3 needed have a valid qualification.</source>
        <translation>«%1»: %2 of the %3 needed have a valid qualification.</translation>
    </message>
    <message>
        <source>Ready to leave</source>
        <translation>Ready to leave</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Not ready</translation>
    </message>
</context>
<context>
    <name>fleet::RecordDeployment</name>
    <message>
        <source>deployment</source>
        <translation>deployment</translation>
    </message>
</context>
<context>
    <name>fleet::RecordMaintenance</name>
    <message>
        <source>maintenance of %1</source>
        <translation>maintenance of %1</translation>
    </message>
</context>
<context>
    <name>fleet::ReturnEquipment</name>
    <message>
        <source>return of equipment</source>
        <translation>return of equipment</translation>
    </message>
</context>
<context>
    <name>fleet::SaveEquipment</name>
    <message>
        <source>equipment %1</source>
        <translation>equipment %1</translation>
    </message>
</context>
<context>
    <name>fleet::SaveModule</name>
    <message>
        <source>module %1</source>
        <translation>module %1</translation>
    </message>
</context>
<context>
    <name>fleet::SaveSite</name>
    <message>
        <source>site %1</source>
        <translation>site %1</translation>
    </message>
</context>
<context>
    <name>fleet::SaveVehicle</name>
    <message>
        <source>vehicle %1</source>
        <translation>vehicle %1</translation>
    </message>
</context>
<context>
    <name>fleet::SiteDialog</name>
    <message>
        <source>Site %1</source>
        <translation>Site %1</translation>
    </message>
    <message>
        <source>New site</source>
        <translation>New site</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Comune:</source>
        <translation>&amp;Comune:</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>S&amp;tate:</translation>
    </message>
    <message>
        <source>Ca&amp;pacity:</source>
        <translation>Ca&amp;pacity:</translation>
    </message>
</context>
<context>
    <name>fleet::SitesPage</name>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Vehicles</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>&amp;New site...</source>
        <translation>&amp;New site...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Edit...</translation>
    </message>
</context>
<context>
    <name>fleet::VehicleDialog</name>
    <message>
        <source>Vehicle %1</source>
        <translation>Vehicle %1</translation>
    </message>
    <message>
        <source>New vehicle</source>
        <translation>New vehicle</translation>
    </message>
    <message>
        <source>AB 123 CD</source>
        <translation>AB 123 CD</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>&amp;Plate:</source>
        <translation>&amp;Plate:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Make and model:</source>
        <translation>&amp;Make and model:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>O&amp;wner:</translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation>Or&amp;ganisation:</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site:</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>S&amp;tate:</translation>
    </message>
    <message>
        <source>&amp;Registered on:</source>
        <translation>&amp;Registered on:</translation>
    </message>
    <message>
        <source>Re&amp;vision due:</source>
        <translation>Re&amp;vision due:</translation>
    </message>
    <message>
        <source>&amp;Insurance expires:</source>
        <translation>&amp;Insurance expires:</translation>
    </message>
    <message>
        <source>&amp;Odometer:</source>
        <translation>&amp;Odometer:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
</context>
<context>
    <name>fleet::VehiclesPage</name>
    <message>
        <source>Search by plate, model or owner</source>
        <translation>Search by plate, model or owner</translation>
    </message>
    <message>
        <source>Every state</source>
        <translation>Every state</translation>
    </message>
    <message>
        <source>Only &amp;deadlines within 30 days or overdue</source>
        <translation>Only &amp;deadlines within 30 days or overdue</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Revision due</source>
        <translation>Revision due</translation>
    </message>
    <message>
        <source>Insurance expires</source>
        <translation>Insurance expires</translation>
    </message>
    <message>
        <source>Km</source>
        <translation>Km</translation>
    </message>
    <message>
        <source>Out of service: its deadlines are not watched</source>
        <translation>Out of service: its deadlines are not watched</translation>
    </message>
    <message>
        <source>Revision or insurance overdue</source>
        <translation>Revision or insurance overdue</translation>
    </message>
    <message>
        <source>Revision or insurance due within 30 days</source>
        <translation>Revision or insurance due within 30 days</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Vehicles</translation>
    </message>
    <message>
        <source>&amp;New vehicle...</source>
        <translation>&amp;New vehicle...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Edit...</translation>
    </message>
    <message>
        <source>Record &amp;maintenance...</source>
        <translation>Record &amp;maintenance...</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>Cost (€)</source>
        <translation>Cost (€)</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Done by</translation>
    </message>
    <message>
        <source>(cancellation of an earlier entry)</source>
        <translation>(cancellation of an earlier entry)</translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1 (cancelled)</translation>
    </message>
    <message>
        <source>Maintenance log</source>
        <translation>Maintenance log</translation>
    </message>
    <message numerus="yes">
        <source>%Ln vehicle(s)</source>
        <translation>
            <numerusform>%Ln vehicle</numerusform>
            <numerusform>%Ln vehicles</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a vehicle to see its maintenance log.</source>
        <translation>Choose a vehicle to see its maintenance log.</translation>
    </message>
    <message>
        <source>Maintenance log of %1</source>
        <translation>Maintenance log of %1</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Import...</translation>
    </message>
    <message>
        <source>Reads a spreadsheet (Excel .xlsx or CSV): its lines and problems are shown before anything is written</source>
        <translation>Reads a spreadsheet (Excel .xlsx or CSV): its lines and problems are shown before anything is written</translation>
    </message>
</context>
<context>
    <name>fleet::VoidDeployment</name>
    <message>
        <source>void of a deployment</source>
        <translation>void of a deployment</translation>
    </message>
</context>
<context>
    <name>fleet::VoidDeploymentDialog</name>
    <message>
        <source>Void deployment</source>
        <translation>Void deployment</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>on %1</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <source>It stays in the register, struck out with the reason; nothing is deleted.</source>
        <translation>It stays in the register, struck out with the reason; nothing is deleted.</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln km of its vehicles leave their odometers.</source>
        <translation>
            <numerusform>The %Ln km of its vehicles leave their odometers.</numerusform>
            <numerusform>The %Ln km of its vehicles leave their odometers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln volunteer day(s) are reversed on the activations register (person-days and art. 39 follow).</source>
        <translation>
            <numerusform>%Ln volunteer day is reversed on the activations register (person-days and art. 39 follow).</numerusform>
            <numerusform>%Ln volunteer days are reversed on the activations register (person-days and art. 39 follow).</numerusform>
        </translation>
    </message>
    <message>
        <source>Its vehicles and equipment are free again on those days.</source>
        <translation>Its vehicles and equipment are free again on those days.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of its days are certified by an attestato already issued: the void will be refused until the attestato is cancelled.</source>
        <translation>
            <numerusform>%Ln of its days is certified by an attestato already issued: the void will be refused until the attestato is cancelled.</numerusform>
            <numerusform>%Ln of its days are certified by an attestato already issued: the void will be refused until the attestato is cancelled.</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. recorded twice; the column did not leave</source>
        <translation>e.g. recorded twice; the column did not leave</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Void deployment</source>
        <translation>&amp;Void deployment</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Deployment %1 for «%2» %3, requested by %4.</source>
        <translation>Deployment %1 for «%2» %3, requested by %4.</translation>
    </message>
</context>
<context>
    <name>fleet::WithdrawDeploymentLine</name>
    <message>
        <source>withdrawal from a deployment</source>
        <translation>withdrawal from a deployment</translation>
    </message>
</context>
<context>
    <name>fleet::WithdrawFromDeploymentDialog</name>
    <message>
        <source>Withdraw from deployment</source>
        <translation>Withdraw from deployment</translation>
    </message>
    <message>
        <source>Choose what was recorded on it by mistake: a vehicle's km leave its odometer, a volunteer's days on it are reversed on the activations register, a vehicle or a piece of equipment is free again on those days. The rest of the deployment stays as it is; if its days or its event are wrong, void it and record it again.</source>
        <translation>Choose what was recorded on it by mistake: a vehicle's km leave its odometer, a volunteer's days on it are reversed on the activations register, a vehicle or a piece of equipment is free again on those days. The rest of the deployment stays as it is; if its days or its event are wrong, void it and record it again.</translation>
    </message>
    <message>
        <source>What to withdraw</source>
        <translation>What to withdraw</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>Vehicle %1 (%2 km)</source>
        <translation>Vehicle %1 (%2 km)</translation>
    </message>
    <message>
        <source>Equipment: %1</source>
        <translation>Equipment: %1</translation>
    </message>
    <message>
        <source>Volunteer: %1</source>
        <translation>Volunteer: %1</translation>
    </message>
    <message>
        <source>e.g. recorded by mistake: stayed at the site</source>
        <translation>e.g. recorded by mistake: stayed at the site</translation>
    </message>
    <message>
        <source>&amp;Withdraw:</source>
        <translation>&amp;Withdraw:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Withdraw</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>listening::ArchivePage</name>
    <message>
        <source>Every outcome</source>
        <translation>Every outcome</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation>Psychologist</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>Closed requests</source>
        <translation>Closed requests</translation>
    </message>
    <message>
        <source>Received from:</source>
        <translation>Received from:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>to:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln closed request(s)</source>
        <translation>
            <numerusform>%Ln closed request</numerusform>
            <numerusform>%Ln closed requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>listening::AttemptDialog</name>
    <message>
        <source>Request %1</source>
        <translation>Request %1</translation>
    </message>
    <message>
        <source>&lt;b style="font-size:large;"&gt;%1&lt;/b&gt; · %2 · request %3</source>
        <translation>&lt;b style="font-size:large;"&gt;%1&lt;/b&gt; · %2 · request %3</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation>Log a call</translation>
    </message>
    <message>
        <source>Called &amp;at:</source>
        <translation>Called &amp;at:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <source>Called &amp;by:</source>
        <translation>Called &amp;by:</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Log</translation>
    </message>
    <message numerus="yes">
        <source>After %n failed attempt(s), or a wrong number, the request goes to the coordinator: it stays in the queue until someone reaches the caller.</source>
        <translation>
            <numerusform>After %n failed attempt, or a wrong number, the request goes to the coordinator: it stays in the queue until someone reaches the caller.</numerusform>
            <numerusform>After %n failed attempts, or a wrong number, the request goes to the coordinator: it stays in the queue until someone reaches the caller.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>listening::CallbackQueueModel</name>
    <message>
        <source>OVERDUE</source>
        <translation>OVERDUE</translation>
    </message>
    <message>
        <source>beyond 24 h</source>
        <translation>beyond 24 h</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>due soon</translation>
    </message>
    <message>
        <source>to call again</source>
        <translation>to call again</translation>
    </message>
    <message>
        <source>to call back</source>
        <translation>to call back</translation>
    </message>
    <message>
        <source>reached: record the outcome</source>
        <translation>reached: record the outcome</translation>
    </message>
    <message>
        <source>with the coordinator</source>
        <translation>with the coordinator</translation>
    </message>
    <message>
        <source>reached after %1</source>
        <translation>reached after %1</translation>
    </message>
    <message>
        <source>late by %1</source>
        <translation>late by %1</translation>
    </message>
    <message>
        <source>24 h: in %1</source>
        <translation>24 h: in %1</translation>
    </message>
    <message>
        <source>%1 h: in %2</source>
        <translation>%1 h: in %2</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>reserved</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>not assigned</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>reached</translation>
    </message>
    <message>
        <source>Received %1 · call back by %2</source>
        <translation>Received %1 · call back by %2</translation>
    </message>
    <message>
        <source>24 hours: %1 · 48 hours: %2</source>
        <translation>24 hours: %1 · 48 hours: %2</translation>
    </message>
    <message>
        <source>Only coordinators and psychologists signed in can read callers' data.</source>
        <translation>Only coordinators and psychologists signed in can read callers' data.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Caller</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation>Psychologist</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln failed</numerusform>
            <numerusform>%Ln failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>listening::EscalationDialog</name>
    <message>
        <source>Call to 118</source>
        <translation>Call to 118</translation>
    </message>
    <message>
        <source>Record the call made to emergency services (118) for request %1: when, and why.</source>
        <translation>Record the call made to emergency services (118) for request %1: when, and why.</translation>
    </message>
    <message>
        <source>118 called &amp;at:</source>
        <translation>118 called &amp;at:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Why:</translation>
    </message>
    <message>
        <source>Called &amp;by:</source>
        <translation>Called &amp;by:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
</context>
<context>
    <name>listening::GroupsPage</name>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Psychologists</source>
        <translation>Psychologists</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>Sessions held</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Last session</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Next session</translation>
    </message>
    <message>
        <source>Support groups</source>
        <translation>Support groups</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Session of</source>
        <translation>Session of</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>&amp;New group...</source>
        <translation>&amp;New group...</translation>
    </message>
    <message>
        <source>&amp;Change...</source>
        <translation>&amp;Change...</translation>
    </message>
    <message>
        <source>Record a &amp;session...</source>
        <translation>Record a &amp;session...</translation>
    </message>
    <message>
        <source>&amp;Add a participant...</source>
        <translation>&amp;Add a participant...</translation>
    </message>
    <message>
        <source>Participant &amp;left...</source>
        <translation>Participant &amp;left...</translation>
    </message>
    <message>
        <source>Needs the role %1.</source>
        <translation>Needs the role %1.</translation>
    </message>
    <message>
        <source>%1 at %2, %3 min</source>
        <translation>%1 at %2, %3 min</translation>
    </message>
    <message>
        <source>Participants of «%1»</source>
        <translation>Participants of «%1»</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>reserved</translation>
    </message>
    <message>
        <source>Only coordinators and psychologists signed in can read participants' names.</source>
        <translation>Only coordinators and psychologists signed in can read participants' names.</translation>
    </message>
    <message>
        <source>New support group</source>
        <translation>New support group</translation>
    </message>
    <message>
        <source>Support group</source>
        <translation>Support group</translation>
    </message>
    <message>
        <source>A weekly remote session for volunteers, led by two psychologists.</source>
        <translation>A weekly remote session for volunteers, led by two psychologists.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>link of the video call</source>
        <translation>link of the video call</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>ongoing</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;uration:</translation>
    </message>
    <message>
        <source>&amp;First psychologist:</source>
        <translation>&amp;First psychologist:</translation>
    </message>
    <message>
        <source>&amp;Second psychologist:</source>
        <translation>&amp;Second psychologist:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Add a participant</source>
        <translation>Add a participant</translation>
    </message>
    <message>
        <source>The name is stored encrypted, like callers' data.</source>
        <translation>The name is stored encrypted, like callers' data.</translation>
    </message>
    <message>
        <source>e.g. Gruppo comunale di protezione civile di Rho</source>
        <translation>e.g. Gruppo comunale di protezione civile di Rho</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>&amp;Since:</translation>
    </message>
    <message>
        <source>Participant left</source>
        <translation>Participant left</translation>
    </message>
    <message>
        <source>The participant stays in the group's history.</source>
        <translation>The participant stays in the group's history.</translation>
    </message>
    <message>
        <source>&amp;Left on:</source>
        <translation>&amp;Left on:</translation>
    </message>
    <message>
        <source>Record a session</source>
        <translation>Record a session</translation>
    </message>
    <message>
        <source>A session of «%1» that took place.</source>
        <translation>A session of «%1» that took place.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Participants present:</source>
        <translation>&amp;Participants present:</translation>
    </message>
</context>
<context>
    <name>listening::IntakeDialog</name>
    <message>
        <source>New listening request</source>
        <translation>New listening request</translation>
    </message>
    <message>
        <source>Write down the message left on the answering machine (02 7740 5555). &lt;b&gt;If it suggests an immediate danger, call 118 now&lt;/b&gt;, then record it here.</source>
        <translation>Write down the message left on the answering machine (02 7740 5555). &lt;b&gt;If it suggests an immediate danger, call 118 now&lt;/b&gt;, then record it here.</translation>
    </message>
    <message>
        <source>Time of the message</source>
        <translation>Time of the message</translation>
    </message>
    <message>
        <source>as said in the message; may be empty</source>
        <translation>as said in the message; may be empty</translation>
    </message>
    <message>
        <source>required: e.g. 333 123 4567</source>
        <translation>required: e.g. 333 123 4567</translation>
    </message>
    <message>
        <source>if said</source>
        <translation>if said</translation>
    </message>
    <message>
        <source>Normal: call back within 48 hours</source>
        <translation>Normal: call back within 48 hours</translation>
    </message>
    <message>
        <source>Urgent: call back within 24 hours</source>
        <translation>Urgent: call back within 24 hours</translation>
    </message>
    <message>
        <source>In a few words, without details that are not needed</source>
        <translation>In a few words, without details that are not needed</translation>
    </message>
    <message>
        <source>Message left &amp;at:</source>
        <translation>Message left &amp;at:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;Comune:</source>
        <translation>&amp;Comune:</translation>
    </message>
    <message>
        <source>&amp;Who is calling:</source>
        <translation>&amp;Who is calling:</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>&amp;Urgency:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Name, phone and reason are stored encrypted: only coordinators and psychologists can read them.</source>
        <translation>Name, phone and reason are stored encrypted: only coordinators and psychologists can read them.</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>Comune «%1» read as %2.</source>
        <translation>Comune «%1» read as %2.</translation>
    </message>
</context>
<context>
    <name>listening::ListeningErrorText</name>
    <message>
        <source>A request without a way to call back cannot be recorded: write the phone number left in the message.</source>
        <translation>A request without a way to call back cannot be recorded: write the phone number left in the message.</translation>
    </message>
    <message>
        <source>«%1» is not a phone number that can be called: 6 to 15 digits, spaces allowed, + for abroad.</source>
        <translation>«%1» is not a phone number that can be called: 6 to 15 digits, spaces allowed, + for abroad.</translation>
    </message>
    <message>
        <source>Write the date and time.</source>
        <translation>Write the date and time.</translation>
    </message>
    <message>
        <source>%1 is in the future: check the date and time.</source>
        <translation>%1 is in the future: check the date and time.</translation>
    </message>
    <message>
        <source>%1 is more than 60 days ago: check the date.</source>
        <translation>%1 is more than 60 days ago: check the date.</translation>
    </message>
    <message>
        <source>The request does not exist (any more).</source>
        <translation>The request does not exist (any more).</translation>
    </message>
    <message>
        <source>Request %1 is already closed.</source>
        <translation>Request %1 is already closed.</translation>
    </message>
    <message>
        <source>Choose the psychologist.</source>
        <translation>Choose the psychologist.</translation>
    </message>
    <message>
        <source>That psychologist is not on the roster.</source>
        <translation>That psychologist is not on the roster.</translation>
    </message>
    <message>
        <source>That psychologist is no longer active.</source>
        <translation>That psychologist is no longer active.</translation>
    </message>
    <message>
        <source>The request is already assigned to %1.</source>
        <translation>The request is already assigned to %1.</translation>
    </message>
    <message>
        <source>This outcome cannot be recorded here.</source>
        <translation>This outcome cannot be recorded here.</translation>
    </message>
    <message>
        <source>A callback at %3 would come before the message of request %1 (%2): check the time.</source>
        <translation>A callback at %3 would come before the message of request %1 (%2): check the time.</translation>
    </message>
    <message>
        <source>A call to 118 at %3 would come before the message of request %1 (%2): check the time.</source>
        <translation>A call to 118 at %3 would come before the message of request %1 (%2): check the time.</translation>
    </message>
    <message>
        <source>The interview at %3 would come before the message of request %1 (%2): check the time.</source>
        <translation>The interview at %3 would come before the message of request %1 (%2): check the time.</translation>
    </message>
    <message>
        <source>There is no such call attempt.</source>
        <translation>There is no such call attempt.</translation>
    </message>
    <message>
        <source>That attempt was already cancelled.</source>
        <translation>That attempt was already cancelled.</translation>
    </message>
    <message>
        <source>Write why 118 was called.</source>
        <translation>Write why 118 was called.</translation>
    </message>
    <message>
        <source>The caller of %1 has not been reached yet: log the call that reached them first.</source>
        <translation>The caller of %1 has not been reached yet: log the call that reached them first.</translation>
    </message>
    <message>
        <source>Unknown need «%1».</source>
        <translation>Unknown need «%1».</translation>
    </message>
    <message>
        <source>Write the service the caller was referred to.</source>
        <translation>Write the service the caller was referred to.</translation>
    </message>
    <message>
        <source>Request %1 has no call to 118 recorded: record it first (time and reason).</source>
        <translation>Request %1 has no call to 118 recorded: record it first (time and reason).</translation>
    </message>
    <message>
        <source>Write the psychologist's name and surname.</source>
        <translation>Write the psychologist's name and surname.</translation>
    </message>
    <message>
        <source>The psychologist is already placed in that COC.</source>
        <translation>The psychologist is already placed in that COC.</translation>
    </message>
    <message>
        <source>There is no such placement.</source>
        <translation>There is no such placement.</translation>
    </message>
    <message>
        <source>The placement cannot end before it began.</source>
        <translation>The placement cannot end before it began.</translation>
    </message>
    <message>
        <source>There is no such support group.</source>
        <translation>There is no such support group.</translation>
    </message>
    <message>
        <source>Give the group a name.</source>
        <translation>Give the group a name.</translation>
    </message>
    <message>
        <source>Choose the weekday, the time and a duration between 15 minutes and 4 hours.</source>
        <translation>Choose the weekday, the time and a duration between 15 minutes and 4 hours.</translation>
    </message>
    <message>
        <source>A support group is led by two different psychologists.</source>
        <translation>A support group is led by two different psychologists.</translation>
    </message>
    <message>
        <source>The group's end date comes before its start.</source>
        <translation>The group's end date comes before its start.</translation>
    </message>
    <message>
        <source>There is already a group called «%1».</source>
        <translation>There is already a group called «%1».</translation>
    </message>
    <message>
        <source>Write the participant's name.</source>
        <translation>Write the participant's name.</translation>
    </message>
    <message>
        <source>The date is outside the group's period.</source>
        <translation>The date is outside the group's period.</translation>
    </message>
    <message>
        <source>There is no such participant.</source>
        <translation>There is no such participant.</translation>
    </message>
    <message>
        <source>A session can be recorded only once it has taken place.</source>
        <translation>A session can be recorded only once it has taken place.</translation>
    </message>
    <message>
        <source>The group meets on %1: choose a date on that day.</source>
        <translation>The group meets on %1: choose a date on that day.</translation>
    </message>
    <message>
        <source>The number of participants is not plausible.</source>
        <translation>The number of participants is not plausible.</translation>
    </message>
    <message>
        <source>That session is already recorded.</source>
        <translation>That session is already recorded.</translation>
    </message>
    <message numerus="yes">
        <source>The text is too long: at most %n character(s).</source>
        <translation>
            <numerusform>The text is too long: at most %n character.</numerusform>
            <numerusform>The text is too long: at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Request %1 can be closed as unreachable only after %n failed attempt(s) or a wrong number (now: %2).</source>
        <translation>
            <numerusform>Request %1 can be closed as unreachable only after %n failed attempt or a wrong number (now: %2).</numerusform>
            <numerusform>Request %1 can be closed as unreachable only after %n failed attempts or a wrong number (now: %2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>listening::ListeningModule</name>
    <message>
        <source>Requests to call back</source>
        <translation>Requests to call back</translation>
    </message>
    <message>
        <source>Overdue callbacks</source>
        <translation>Overdue callbacks</translation>
    </message>
    <message>
        <source>past their 24/48-hour deadline: call now</source>
        <translation>past their 24/48-hour deadline: call now</translation>
    </message>
    <message>
        <source>none: every deadline is met</source>
        <translation>none: every deadline is met</translation>
    </message>
    <message>
        <source>With the coordinator</source>
        <translation>With the coordinator</translation>
    </message>
    <message>
        <source>Called back within 24 h</source>
        <translation>Called back within 24 h</translation>
    </message>
    <message>
        <source>Callbacks due</source>
        <translation>Callbacks due</translation>
    </message>
    <message>
        <source>AscoltiAMO</source>
        <translation>AscoltiAMO</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more waiting for the outcome</source>
        <translation>
            <numerusform>%Ln more waiting for the outcome</numerusform>
            <numerusform>%Ln more waiting for the outcome</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln beyond 24 hours</source>
        <translation>
            <numerusform>%Ln beyond 24 hours</numerusform>
            <numerusform>%Ln beyond 24 hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %Ln request(s) in the last 30 days</source>
        <translation>
            <numerusform>of %Ln request in the last 30 days</numerusform>
            <numerusform>of %Ln requests in the last 30 days</numerusform>
        </translation>
    </message>
    <message>
        <source>Callers (AscoltiAMO)</source>
        <translation>Callers (AscoltiAMO)</translation>
    </message>
</context>
<context>
    <name>listening::ListeningReports</name>
    <message>
        <source>AscoltiAMO: callback queue</source>
        <translation>AscoltiAMO: callback queue</translation>
    </message>
    <message>
        <source>AscoltiAMO: service figures</source>
        <translation>AscoltiAMO: service figures</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>Called back</translation>
    </message>
    <message>
        <source>Within 24 h</source>
        <translation>Within 24 h</translation>
    </message>
    <message>
        <source>Within 48 h</source>
        <translation>Within 48 h</translation>
    </message>
    <message>
        <source>% within 24 h</source>
        <translation>% within 24 h</translation>
    </message>
    <message>
        <source>% within 48 h</source>
        <translation>% within 48 h</translation>
    </message>
    <message>
        <source>Median hours to callback</source>
        <translation>Median hours to callback</translation>
    </message>
    <message>
        <source>Escalations to 118</source>
        <translation>Escalations to 118</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Unreachable</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Still open</translation>
    </message>
    <message>
        <source>Requests and callbacks within 24 h</source>
        <translation>Requests and callbacks within 24 h</translation>
    </message>
    <message>
        <source>Called back within 24 h</source>
        <translation>Called back within 24 h</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Listening line 02 7740 5555: callbacks by the SPE psychologists</source>
        <translation>Listening line 02 7740 5555: callbacks by the SPE psychologists</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Grouped by</source>
        <translation>Grouped by</translation>
    </message>
    <message>
        <source>week</source>
        <translation>week</translation>
    </message>
    <message>
        <source>month</source>
        <translation>month</translation>
    </message>
    <message>
        <source>Requests received</source>
        <translation>Requests received</translation>
    </message>
    <message>
        <source>Called back within 24 hours</source>
        <translation>Called back within 24 hours</translation>
    </message>
    <message>
        <source>Called back within 48 hours</source>
        <translation>Called back within 48 hours</translation>
    </message>
    <message>
        <source>Referrals to services</source>
        <translation>Referrals to services</translation>
    </message>
    <message>
        <source>Aggregate figures only: no caller can be identified from this report. Times are measured from the message on the answering machine to the first call that reached the caller.</source>
        <translation>Aggregate figures only: no caller can be identified from this report. Times are measured from the message on the answering machine to the first call that reached the caller.</translation>
    </message>
    <message>
        <source>Need assessed</source>
        <translation>Need assessed</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Needs assessed in the interviews</source>
        <translation>Needs assessed in the interviews</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Call back by</source>
        <translation>Call back by</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Hours left</source>
        <translation>Hours left</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Caller</translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation>Psychologist</translation>
    </message>
    <message>
        <source>Failed attempts</source>
        <translation>Failed attempts</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>OVERDUE</translation>
    </message>
    <message>
        <source>beyond 24 h</source>
        <translation>beyond 24 h</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>due soon</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>on time</translation>
    </message>
    <message>
        <source>reached, outcome to record</source>
        <translation>reached, outcome to record</translation>
    </message>
    <message>
        <source>with the coordinator</source>
        <translation>with the coordinator</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n request(s)</source>
        <translation>
            <numerusform>Total: %n request</numerusform>
            <numerusform>Total: %n requests</numerusform>
        </translation>
    </message>
    <message>
        <source>Open requests by deadline: 24 hours for urgent ones, 48 hours for the others</source>
        <translation>Open requests by deadline: 24 hours for urgent ones, 48 hours for the others</translation>
    </message>
    <message>
        <source>Situation at</source>
        <translation>Situation at</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>Open requests</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Beyond 24 hours</source>
        <translation>Beyond 24 hours</translation>
    </message>
    <message>
        <source>With the coordinator</source>
        <translation>With the coordinator</translation>
    </message>
    <message>
        <source>Contains callers' personal data: keep it confidential and destroy it after use.</source>
        <translation>Contains callers' personal data: keep it confidential and destroy it after use.</translation>
    </message>
    <message>
        <source>Callers' names and phone numbers are shown only to coordinators and psychologists signed in.</source>
        <translation>Callers' names and phone numbers are shown only to coordinators and psychologists signed in.</translation>
    </message>
</context>
<context>
    <name>listening::ListeningSyncTexts</name>
    <message>
        <source>Callback assignments</source>
        <translation>Callback assignments</translation>
    </message>
    <message>
        <source>Call attempts</source>
        <translation>Call attempts</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Escalations</translation>
    </message>
    <message>
        <source>Interview outcomes</source>
        <translation>Interview outcomes</translation>
    </message>
    <message>
        <source>Support group sessions</source>
        <translation>Support group sessions</translation>
    </message>
    <message>
        <source>Listening requests</source>
        <translation>Listening requests</translation>
    </message>
    <message>
        <source>Psychologists</source>
        <translation>Psychologists</translation>
    </message>
    <message>
        <source>Support groups</source>
        <translation>Support groups</translation>
    </message>
    <message>
        <source>Support group participants</source>
        <translation>Support group participants</translation>
    </message>
    <message>
        <source>Psychologists in the COC</source>
        <translation>Psychologists in the COC</translation>
    </message>
    <message>
        <source>Call attempt recorded</source>
        <translation>Call attempt recorded</translation>
    </message>
    <message>
        <source>Call attempt voided</source>
        <translation>Call attempt voided</translation>
    </message>
    <message>
        <source>Escalation recorded</source>
        <translation>Escalation recorded</translation>
    </message>
    <message>
        <source>Participant added to a support group</source>
        <translation>Participant added to a support group</translation>
    </message>
    <message>
        <source>Participant left a support group</source>
        <translation>Participant left a support group</translation>
    </message>
    <message>
        <source>Support group saved</source>
        <translation>Support group saved</translation>
    </message>
    <message>
        <source>Support group session recorded</source>
        <translation>Support group session recorded</translation>
    </message>
    <message>
        <source>Listening outcome recorded</source>
        <translation>Listening outcome recorded</translation>
    </message>
    <message>
        <source>Request assigned to a psychologist</source>
        <translation>Request assigned to a psychologist</translation>
    </message>
    <message>
        <source>Request closed: caller unreachable</source>
        <translation>Request closed: caller unreachable</translation>
    </message>
    <message>
        <source>Listening request registered</source>
        <translation>Listening request registered</translation>
    </message>
    <message>
        <source>Psychologist placed at a COC</source>
        <translation>Psychologist placed at a COC</translation>
    </message>
    <message>
        <source>Placement at a COC ended</source>
        <translation>Placement at a COC ended</translation>
    </message>
    <message>
        <source>Psychologist saved</source>
        <translation>Psychologist saved</translation>
    </message>
</context>
<context>
    <name>listening::ListeningTab</name>
    <message>
        <source>Queue summary</source>
        <translation>Queue summary</translation>
    </message>
    <message>
        <source>&amp;New request...</source>
        <translation>&amp;New request...</translation>
    </message>
    <message>
        <source>Record a message left on the answering machine (Ctrl+Shift+N)</source>
        <translation>Record a message left on the answering machine (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&amp;Print the queue...</source>
        <translation>&amp;Print the queue...</translation>
    </message>
    <message>
        <source>Service &amp;figures...</source>
        <translation>Service &amp;figures...</translation>
    </message>
    <message>
        <source>Search: request, name, phone, comune</source>
        <translation>Search: request, name, phone, comune</translation>
    </message>
    <message>
        <source>Search: request, comune, psychologist</source>
        <translation>Search: request, comune, psychologist</translation>
    </message>
    <message>
        <source>Search the queue</source>
        <translation>Search the queue</translation>
    </message>
    <message>
        <source>&amp;Mine only</source>
        <translation>&amp;Mine only</translation>
    </message>
    <message>
        <source>Only the requests assigned to me</source>
        <translation>Only the requests assigned to me</translation>
    </message>
    <message>
        <source>Only &amp;late</source>
        <translation>Only &amp;late</translation>
    </message>
    <message>
        <source>Callback queue</source>
        <translation>Callback queue</translation>
    </message>
    <message>
        <source>Closed requests</source>
        <translation>Closed requests</translation>
    </message>
    <message>
        <source>Volunteer support groups</source>
        <translation>Volunteer support groups</translation>
    </message>
    <message>
        <source>Psychologists and COC</source>
        <translation>Psychologists and COC</translation>
    </message>
    <message>
        <source>AscoltiAMO</source>
        <translation>AscoltiAMO</translation>
    </message>
    <message>
        <source>There is no active psychologist on the roster: add them in «Psychologists and COC».</source>
        <translation>There is no active psychologist on the roster: add them in «Psychologists and COC».</translation>
    </message>
    <message>
        <source>Assign request %1</source>
        <translation>Assign request %1</translation>
    </message>
    <message>
        <source>Psychologist who calls back:</source>
        <translation>Psychologist who calls back:</translation>
    </message>
    <message>
        <source>Raised to the coordinator</source>
        <translation>Raised to the coordinator</translation>
    </message>
    <message>
        <source>Request %1 could not be reached and is now with the coordinator. It stays in the queue, highlighted, until someone reaches the caller.</source>
        <translation>Request %1 could not be reached and is now with the coordinator. It stays in the queue, highlighted, until someone reaches the caller.</translation>
    </message>
    <message>
        <source>Cancel an entry</source>
        <translation>Cancel an entry</translation>
    </message>
    <message>
        <source>Cancel the call of %1 (%2) as entered by mistake? It stays in the history, crossed out.</source>
        <translation>Cancel the call of %1 (%2) as entered by mistake? It stays in the history, crossed out.</translation>
    </message>
    <message>
        <source>Close request %1 as unreachable</source>
        <translation>Close request %1 as unreachable</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln request(s)&lt;/b&gt; to call back</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln request&lt;/b&gt; to call back</numerusform>
            <numerusform>&lt;b&gt;%Ln requests&lt;/b&gt; to call back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting for the outcome</source>
        <translation>
            <numerusform>%Ln waiting for the outcome</numerusform>
            <numerusform>%Ln waiting for the outcome</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln OVERDUE&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln OVERDUE&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%Ln OVERDUE&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln beyond 24 hours</source>
        <translation>
            <numerusform>%Ln beyond 24 hours</numerusform>
            <numerusform>%Ln beyond 24 hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln due within 4 hours</source>
        <translation>
            <numerusform>%Ln due within 4 hours</numerusform>
            <numerusform>%Ln due within 4 hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln with the coordinator&lt;/b&gt; after failed calls</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln with the coordinator&lt;/b&gt; after failed calls</numerusform>
            <numerusform>&lt;b&gt;%Ln with the coordinator&lt;/b&gt; after failed calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s) failed. Write what was tried (a message left, another number...): the request leaves the queue.</source>
        <translation>
            <numerusform>%Ln call failed. Write what was tried (a message left, another number...): the request leaves the queue.</numerusform>
            <numerusform>%Ln calls failed. Write what was tried (a message left, another number...): the request leaves the queue.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the callback queue…</source>
        <translation>Reading the callback queue…</translation>
    </message>
    <message>
        <source>Preparing the queue…</source>
        <translation>Preparing the queue…</translation>
    </message>
</context>
<context>
    <name>listening::ListeningText</name>
    <message>
        <source>citizen</source>
        <translation>citizen</translation>
    </message>
    <message>
        <source>volunteer</source>
        <translation>volunteer</translation>
    </message>
    <message>
        <source>relative</source>
        <translation>relative</translation>
    </message>
    <message>
        <source>urgent (24 h)</source>
        <translation>urgent (24 h)</translation>
    </message>
    <message>
        <source>normal (48 h)</source>
        <translation>normal (48 h)</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>reached</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>wrong number</source>
        <translation>wrong number</translation>
    </message>
    <message>
        <source>cancelled entry</source>
        <translation>cancelled entry</translation>
    </message>
    <message>
        <source>support given</source>
        <translation>support given</translation>
    </message>
    <message>
        <source>referred to a service</source>
        <translation>referred to a service</translation>
    </message>
    <message>
        <source>escalated to 118</source>
        <translation>escalated to 118</translation>
    </message>
    <message>
        <source>caller unreachable</source>
        <translation>caller unreachable</translation>
    </message>
    <message>
        <source>being listened to</source>
        <translation>being listened to</translation>
    </message>
    <message>
        <source>anxiety, fear</source>
        <translation>anxiety, fear</translation>
    </message>
    <message>
        <source>loneliness, isolation</source>
        <translation>loneliness, isolation</translation>
    </message>
    <message>
        <source>bereavement</source>
        <translation>bereavement</translation>
    </message>
    <message>
        <source>illness (own or of a relative)</source>
        <translation>illness (own or of a relative)</translation>
    </message>
    <message>
        <source>family conflict</source>
        <translation>family conflict</translation>
    </message>
    <message>
        <source>economic hardship</source>
        <translation>economic hardship</translation>
    </message>
    <message>
        <source>work or study</source>
        <translation>work or study</translation>
    </message>
    <message>
        <source>stress from volunteer service</source>
        <translation>stress from volunteer service</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>%1 late</translation>
    </message>
    <message>
        <source>Psycho-social centre (CPS)</source>
        <translation>Psycho-social centre (CPS)</translation>
    </message>
    <message>
        <source>Family counselling centre (consultorio)</source>
        <translation>Family counselling centre (consultorio)</translation>
    </message>
    <message>
        <source>General practitioner</source>
        <translation>General practitioner</translation>
    </message>
    <message>
        <source>Social services of the comune</source>
        <translation>Social services of the comune</translation>
    </message>
    <message>
        <source>Addiction services (SerD)</source>
        <translation>Addiction services (SerD)</translation>
    </message>
    <message>
        <source>Anti-violence centre</source>
        <translation>Anti-violence centre</translation>
    </message>
    <message>
        <source>ATS psychological support</source>
        <translation>ATS psychological support</translation>
    </message>
</context>
<context>
    <name>listening::OutcomeDialog</name>
    <message>
        <source>Interview outcome</source>
        <translation>Interview outcome</translation>
    </message>
    <message>
        <source>How the interview of request %1 went. Recording it closes the request.</source>
        <translation>How the interview of request %1 went. Recording it closes the request.</translation>
    </message>
    <message>
        <source>the service the caller was referred to</source>
        <translation>the service the caller was referred to</translation>
    </message>
    <message>
        <source>Short notes: what is needed to follow the case, nothing more</source>
        <translation>Short notes: what is needed to follow the case, nothing more</translation>
    </message>
    <message>
        <source>Interview &amp;at:</source>
        <translation>Interview &amp;at:</translation>
    </message>
    <message>
        <source>&amp;Psychologist:</source>
        <translation>&amp;Psychologist:</translation>
    </message>
    <message>
        <source>Needs assessed:</source>
        <translation>Needs assessed:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <source>Referred &amp;to:</source>
        <translation>Referred &amp;to:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>&amp;Close the request</source>
        <translation>&amp;Close the request</translation>
    </message>
</context>
<context>
    <name>listening::PsychologistCombo</name>
    <message>
        <source>Psychologist</source>
        <translation>Psychologist</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(not said)</translation>
    </message>
</context>
<context>
    <name>listening::RequestCommandText</name>
    <message>
        <source>assignment of request %1</source>
        <translation>assignment of request %1</translation>
    </message>
    <message>
        <source>call for request %1</source>
        <translation>call for request %1</translation>
    </message>
</context>
<context>
    <name>listening::RequestPanel</name>
    <message>
        <source>Request details</source>
        <translation>Request details</translation>
    </message>
    <message>
        <source>&amp;Assign...</source>
        <translation>&amp;Assign...</translation>
    </message>
    <message>
        <source>&amp;Log a call...</source>
        <translation>&amp;Log a call...</translation>
    </message>
    <message>
        <source>Cancel last &amp;entry...</source>
        <translation>Cancel last &amp;entry...</translation>
    </message>
    <message>
        <source>Call to &amp;118...</source>
        <translation>Call to &amp;118...</translation>
    </message>
    <message>
        <source>Interview &amp;outcome...</source>
        <translation>Interview &amp;outcome...</translation>
    </message>
    <message>
        <source>Close as &amp;unreachable...</source>
        <translation>Close as &amp;unreachable...</translation>
    </message>
    <message>
        <source>No request selected</source>
        <translation>No request selected</translation>
    </message>
    <message>
        <source>Needs the role %1.</source>
        <translation>Needs the role %1.</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Request %1</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Caller</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>reserved: only coordinators and psychologists signed in can read it</source>
        <translation>reserved: only coordinators and psychologists signed in can read it</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>not said</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Call back by</source>
        <translation>Call back by</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason, in brief</source>
        <translation>Reason, in brief</translation>
    </message>
    <message>
        <source>Message left on the answering machine</source>
        <translation>Message left on the answering machine</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Assigned to %1</translation>
    </message>
    <message>
        <source>An earlier entry was cancelled as a mistake</source>
        <translation>An earlier entry was cancelled as a mistake</translation>
    </message>
    <message>
        <source>Call: %1</source>
        <translation>Call: %1</translation>
    </message>
    <message>
        <source>Call to 118</source>
        <translation>Call to 118</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>Closed: %1</translation>
    </message>
    <message>
        <source>Needs: %1</source>
        <translation>Needs: %1</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a request to see it here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Select a request to see it here.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>with the coordinator: %Ln failed attempt(s)</source>
        <translation>
            <numerusform>with the coordinator: %Ln failed attempt</numerusform>
            <numerusform>with the coordinator: %Ln failed attempts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>listening::StaffPage</name>
    <message>
        <source>Psychologist</source>
        <translation>Psychologist</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Signs in as</source>
        <translation>Signs in as</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Psychologists</source>
        <translation>Psychologists</translation>
    </message>
    <message>
        <source>COC of</source>
        <translation>COC of</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>COC placements</source>
        <translation>COC placements</translation>
    </message>
    <message>
        <source>Show ended placements too</source>
        <translation>Show ended placements too</translation>
    </message>
    <message>
        <source>&amp;New psychologist...</source>
        <translation>&amp;New psychologist...</translation>
    </message>
    <message>
        <source>&amp;Change...</source>
        <translation>&amp;Change...</translation>
    </message>
    <message>
        <source>&amp;Place in a COC...</source>
        <translation>&amp;Place in a COC...</translation>
    </message>
    <message>
        <source>&amp;End placement...</source>
        <translation>&amp;End placement...</translation>
    </message>
    <message>
        <source>Needs the role %1.</source>
        <translation>Needs the role %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;SPE team&lt;/b&gt;</source>
        <translation>&lt;b&gt;SPE team&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Psychologists in the COCs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Psychologists in the COCs&lt;/b&gt;</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>ongoing</translation>
    </message>
    <message>
        <source>New psychologist</source>
        <translation>New psychologist</translation>
    </message>
    <message>
        <source>A volunteer psychologist of the SPE team. Link the account they sign in with, if they have one: the queue then shows them their own requests.</source>
        <translation>A volunteer psychologist of the SPE team. Link the account they sign in with, if they have one: the queue then shows them their own requests.</translation>
    </message>
    <message>
        <source>e.g. Dott.ssa Anna Bianchi</source>
        <translation>e.g. Dott.ssa Anna Bianchi</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>active: can be assigned requests</source>
        <translation>active: can be assigned requests</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Account:</translation>
    </message>
    <message>
        <source>Place a psychologist in a COC</source>
        <translation>Place a psychologist in a COC</translation>
    </message>
    <message>
        <source>A psychologist who works at a comune's COC from a date.</source>
        <translation>A psychologist who works at a comune's COC from a date.</translation>
    </message>
    <message>
        <source>&amp;Psychologist:</source>
        <translation>&amp;Psychologist:</translation>
    </message>
    <message>
        <source>&amp;COC of:</source>
        <translation>&amp;COC of:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>End placement</source>
        <translation>End placement</translation>
    </message>
    <message>
        <source>%1 at the COC of %2.</source>
        <translation>%1 at the COC of %2.</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Last day:</translation>
    </message>
</context>
<context>
    <name>room::ActionDialog</name>
    <message>
        <source>New action</source>
        <translation>New action</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <source>D&amp;ue by:</source>
        <translation>D&amp;ue by:</translation>
    </message>
    <message>
        <source>From the &amp;decision:</source>
        <translation>From the &amp;decision:</translation>
    </message>
</context>
<context>
    <name>room::ActionStateDialog</name>
    <message>
        <source>State of the action</source>
        <translation>State of the action</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Action:</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Now:</translation>
    </message>
    <message>
        <source>&amp;New state:</source>
        <translation>&amp;New state:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
</context>
<context>
    <name>room::AppendDiaryEntry</name>
    <message>
        <source>diary correction</source>
        <translation>diary correction</translation>
    </message>
    <message>
        <source>diary entry</source>
        <translation>diary entry</translation>
    </message>
</context>
<context>
    <name>room::BoardPage</name>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Meetings of the last 90 days</source>
        <translation>Meetings of the last 90 days</translation>
    </message>
    <message>
        <source>The meeting's attendance, requests, decisions and actions</source>
        <translation>The meeting's attendance, requests, decisions and actions</translation>
    </message>
    <message>
        <source>&amp;Today's meeting…</source>
        <translation>&amp;Today's meeting…</translation>
    </message>
    <message>
        <source>&amp;Change meeting…</source>
        <translation>&amp;Change meeting…</translation>
    </message>
    <message>
        <source>New &amp;decision…</source>
        <translation>New &amp;decision…</translation>
    </message>
    <message>
        <source>New &amp;action…</source>
        <translation>New &amp;action…</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>&amp;Meetings</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Actions not completed nor cancelled</source>
        <translation>Actions not completed nor cancelled</translation>
    </message>
    <message>
        <source>Change &amp;state…</source>
        <translation>Change &amp;state…</translation>
    </message>
    <message>
        <source>&amp;New action…</source>
        <translation>&amp;New action…</translation>
    </message>
    <message>
        <source>Open &amp;actions</source>
        <translation>Open &amp;actions</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Delegate of</source>
        <translation>Delegate of</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Members of the Cabina di regia and their delegates</source>
        <translation>Members of the Cabina di regia and their delegates</translation>
    </message>
    <message>
        <source>New &amp;member…</source>
        <translation>New &amp;member…</translation>
    </message>
    <message>
        <source>C&amp;hange member…</source>
        <translation>C&amp;hange member…</translation>
    </message>
    <message>
        <source>New &amp;role…</source>
        <translation>New &amp;role…</translation>
    </message>
    <message>
        <source>M&amp;embers</source>
        <translation>M&amp;embers</translation>
    </message>
    <message>
        <source>&lt;p&gt;No meeting in the last 90 days. &lt;i&gt;Today's meeting…&lt;/i&gt; opens it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No meeting in the last 90 days. &lt;i&gt;Today's meeting…&lt;/i&gt; opens it.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Meeting of %1 (%2)&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Meeting of %1 (%2)&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Attended:&lt;/b&gt; </source>
        <translation>&lt;p&gt;&lt;b&gt;Attended:&lt;/b&gt; </translation>
    </message>
    <message>
        <source>%1 (delegate of %2)</source>
        <translation>%1 (delegate of %2)</translation>
    </message>
    <message>
        <source>nobody recorded</source>
        <translation>nobody recorded</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Requests from the territory examined:&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Requests from the territory examined:&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;none&lt;/p&gt;</source>
        <translation>&lt;p&gt;none&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 of %2: %3, %4</source>
        <translation>%1 of %2: %3, %4</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Decisions:&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Decisions:&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Actions:&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Actions:&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 — %2, by %3: %4</source>
        <translation>%1 — %2, by %3: %4</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) overdue</source>
        <translation>
            <numerusform>%n action overdue</numerusform>
            <numerusform>%n actions overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s), none overdue</source>
        <translation>
            <numerusform>%n open action, none overdue</numerusform>
            <numerusform>%n open actions, none overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (no longer a member)</source>
        <translation>%1 (no longer a member)</translation>
    </message>
    <message>
        <source>Cabina di regia</source>
        <translation>Cabina di regia</translation>
    </message>
    <message>
        <source>New decision</source>
        <translation>New decision</translation>
    </message>
    <message>
        <source>The decision taken:</source>
        <translation>The decision taken:</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>New role</translation>
    </message>
    <message>
        <source>The Cabina di regia can be extended to those working on a line of action. Role:</source>
        <translation>The Cabina di regia can be extended to those working on a line of action. Role:</translation>
    </message>
</context>
<context>
    <name>room::BoardSyncTexts</name>
    <message>
        <source>Cabina di regia roles</source>
        <translation>Cabina di regia roles</translation>
    </message>
    <message>
        <source>Cabina di regia members</source>
        <translation>Cabina di regia members</translation>
    </message>
    <message>
        <source>Cabina di regia meetings</source>
        <translation>Cabina di regia meetings</translation>
    </message>
    <message>
        <source>Meeting attendance</source>
        <translation>Meeting attendance</translation>
    </message>
    <message>
        <source>Requests examined by the Cabina di regia</source>
        <translation>Requests examined by the Cabina di regia</translation>
    </message>
    <message>
        <source>Cabina di regia decisions</source>
        <translation>Cabina di regia decisions</translation>
    </message>
    <message>
        <source>Cabina di regia actions</source>
        <translation>Cabina di regia actions</translation>
    </message>
    <message>
        <source>Changes of state of the actions</source>
        <translation>Changes of state of the actions</translation>
    </message>
    <message>
        <source>Communications register</source>
        <translation>Communications register</translation>
    </message>
    <message>
        <source>Circulars to the mayors</source>
        <translation>Circulars to the mayors</translation>
    </message>
    <message>
        <source>Circulars sent to each comune</source>
        <translation>Circulars sent to each comune</translation>
    </message>
    <message>
        <source>Sender of the room's messages</source>
        <translation>Sender of the room's messages</translation>
    </message>
    <message>
        <source>Cabina di regia role saved</source>
        <translation>Cabina di regia role saved</translation>
    </message>
    <message>
        <source>Cabina di regia member saved</source>
        <translation>Cabina di regia member saved</translation>
    </message>
    <message>
        <source>Cabina di regia meeting saved</source>
        <translation>Cabina di regia meeting saved</translation>
    </message>
    <message>
        <source>Decision recorded</source>
        <translation>Decision recorded</translation>
    </message>
    <message>
        <source>Action assigned</source>
        <translation>Action assigned</translation>
    </message>
    <message>
        <source>State of an action changed</source>
        <translation>State of an action changed</translation>
    </message>
    <message>
        <source>Communication registered</source>
        <translation>Communication registered</translation>
    </message>
    <message>
        <source>Circular to the mayors registered</source>
        <translation>Circular to the mayors registered</translation>
    </message>
    <message>
        <source>Circular letters and messages prepared</source>
        <translation>Circular letters and messages prepared</translation>
    </message>
    <message>
        <source>Mayor of a comune recorded</source>
        <translation>Mayor of a comune recorded</translation>
    </message>
    <message>
        <source>Sender of the room's messages set</source>
        <translation>Sender of the room's messages set</translation>
    </message>
    <message>
        <source>role %1</source>
        <translation>role %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>meeting of %1</source>
        <translation>meeting of %1</translation>
    </message>
    <message>
        <source>decision of the meeting of %1</source>
        <translation>decision of the meeting of %1</translation>
    </message>
    <message>
        <source>action «%1»</source>
        <translation>action «%1»</translation>
    </message>
    <message>
        <source>protocol %1</source>
        <translation>protocol %1</translation>
    </message>
    <message>
        <source>circular %1</source>
        <translation>circular %1</translation>
    </message>
</context>
<context>
    <name>room::BoardText</name>
    <message>
        <source>%1, delegate of %2 (%3)</source>
        <translation>%1, delegate of %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>remote</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>in person</translation>
    </message>
    <message>
        <source>in person and remote</source>
        <translation>in person and remote</translation>
    </message>
</context>
<context>
    <name>room::ChangeEventPhase</name>
    <message>
        <source>change of phase</source>
        <translation>change of phase</translation>
    </message>
</context>
<context>
    <name>room::CircularDialog</name>
    <message>
        <source>Circular to the mayors</source>
        <translation>Circular to the mayors</translation>
    </message>
    <message>
        <source>All the 133 comuni</source>
        <translation>All the 133 comuni</translation>
    </message>
    <message>
        <source>The comuni of a zona omogenea</source>
        <translation>The comuni of a zona omogenea</translation>
    </message>
    <message>
        <source>The comuni of an event</source>
        <translation>The comuni of an event</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Date of the circular</source>
        <translation>Date of the circular</translation>
    </message>
    <message>
        <source>Text of the letter</source>
        <translation>Text of the letter</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Merge fields: {comune} {sindaco} {pec} {email} {zona} {evento} {data} {protocollo}</source>
        <translation>Merge fields: {comune} {sindaco} {pec} {email} {zona} {evento} {data} {protocollo}</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Zona omogenea:</source>
        <translation>&amp;Zona omogenea:</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Event:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Mayor</source>
        <translation>Mayor</translation>
    </message>
    <message>
        <source>PEC</source>
        <translation>PEC</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>The comuni the circular goes to</source>
        <translation>The comuni the circular goes to</translation>
    </message>
    <message>
        <source>Preview the circular to see the comuni it goes to and what they lack.</source>
        <translation>Preview the circular to see the comuni it goes to and what they lack.</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <source>Prepare &amp;letters and messages</source>
        <translation>Prepare &amp;letters and messages</translation>
    </message>
    <message>
        <source>Folder of the letters</source>
        <translation>Folder of the letters</translation>
    </message>
    <message>
        <source>PEC (no message)</source>
        <translation>PEC (no message)</translation>
    </message>
    <message numerus="yes">
        <source>%n comune(s): a letter each</source>
        <translation>
            <numerusform>%n comune: a letter</numerusform>
            <numerusform>%n comuni: a letter each</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n message(s) to their PEC.</source>
        <translation>
            <numerusform>and %n message to their PEC.</numerusform>
            <numerusform>and %n messages to their PEC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comune(s) without PEC get the letter only: listed first.</source>
        <translation>
            <numerusform>%n comune without PEC gets the letter only: listed first.</numerusform>
            <numerusform>%n comuni without PEC get the letter only: listed first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comune(s) lack a merge field: its place stays empty.</source>
        <translation>
            <numerusform>%n comune lacks a merge field: its place stays empty.</numerusform>
            <numerusform>%n comuni lack a merge field: its place stays empty.</numerusform>
        </translation>
    </message>
    <message>
        <source>Letters prepared</source>
        <translation>Letters prepared</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>Stopping after the letters being printed…</source>
        <translation>Stopping after the letters being printed…</translation>
    </message>
    <message>
        <source>%v of %m letters</source>
        <translation>%v of %m letters</translation>
    </message>
    <message>
        <source>Circular %1: preparing the letters and messages…</source>
        <translation>Circular %1: preparing the letters and messages…</translation>
    </message>
    <message numerus="yes">
        <source>Circular %1: %n comune(s) still without letter and message.</source>
        <translation>
            <numerusform>Circular %1: %n comune still without letter and message.</numerusform>
            <numerusform>Circular %1: %n comuni still without letter and message.</numerusform>
        </translation>
    </message>
    <message>
        <source>Prepare &amp;again</source>
        <translation>Prepare &amp;again</translation>
    </message>
    <message>
        <source>Circular %1: writing the files…</source>
        <translation>Circular %1: writing the files…</translation>
    </message>
    <message>
        <source>Stopped: no letter or message of circular %1 was written and no sending was logged. «Prepare again» writes them; closing leaves the circular in the register without letters.</source>
        <translation>Stopped: no letter or message of circular %1 was written and no sending was logged. «Prepare again» writes them; closing leaves the circular in the register without letters.</translation>
    </message>
    <message>
        <source>Circular %1: no letter or message was written and no sending was logged. %2</source>
        <translation>Circular %1: no letter or message was written and no sending was logged. %2</translation>
    </message>
    <message>
        <source>Circular %1: the files were written but the sendings could not be logged. %2</source>
        <translation>Circular %1: the files were written but the sendings could not be logged. %2</translation>
    </message>
</context>
<context>
    <name>room::CircularLog</name>
    <message>
        <source>Circulars to the mayors: sendings</source>
        <translation>Circulars to the mayors: sendings</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>ISTAT code</source>
        <translation>ISTAT code</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Outcome code</source>
        <translation>Outcome code</translation>
    </message>
    <message>
        <source>PEC</source>
        <translation>PEC</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Prepared</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>message ready</source>
        <translation>message ready</translation>
    </message>
    <message>
        <source>letter only: no PEC</source>
        <translation>letter only: no PEC</translation>
    </message>
    <message>
        <source>Sendings</source>
        <translation>Sendings</translation>
    </message>
    <message>
        <source>Messages ready</source>
        <translation>Messages ready</translation>
    </message>
    <message>
        <source>Letter only</source>
        <translation>Letter only</translation>
    </message>
    <message>
        <source>No circular has been prepared yet.</source>
        <translation>No circular has been prepared yet.</translation>
    </message>
</context>
<context>
    <name>room::CocDialog</name>
    <message>
        <source>COC of %1 opened</source>
        <translation>COC of %1 opened</translation>
    </message>
    <message>
        <source>COC of %1 closed</source>
        <translation>COC of %1 closed</translation>
    </message>
    <message>
        <source>Opened at</source>
        <translation>Opened at</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>Closed at</translation>
    </message>
    <message>
        <source>(no event)</source>
        <translation>(no event)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Opened at:</source>
        <translation>&amp;Opened at:</translation>
    </message>
    <message>
        <source>&amp;Closed at:</source>
        <translation>&amp;Closed at:</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Event:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
</context>
<context>
    <name>room::CommsText</name>
    <message>
        <source>&amp;Cabina di regia</source>
        <translation>&amp;Cabina di regia</translation>
    </message>
    <message>
        <source>&amp;Protocollo</source>
        <translation>&amp;Protocollo</translation>
    </message>
    <message>
        <source>The role needs a name of 2 to 120 characters.</source>
        <translation>The role needs a name of 2 to 120 characters.</translation>
    </message>
    <message>
        <source>There is already a role «%1».</source>
        <translation>There is already a role «%1».</translation>
    </message>
    <message>
        <source>That role of the Cabina di regia does not exist.</source>
        <translation>That role of the Cabina di regia does not exist.</translation>
    </message>
    <message>
        <source>The member needs a name of 2 to 120 characters.</source>
        <translation>The member needs a name of 2 to 120 characters.</translation>
    </message>
    <message>
        <source>That member of the Cabina di regia does not exist.</source>
        <translation>That member of the Cabina di regia does not exist.</translation>
    </message>
    <message>
        <source>%1 is no longer a member of the Cabina di regia.</source>
        <translation>%1 is no longer a member of the Cabina di regia.</translation>
    </message>
    <message>
        <source>A delegate stands in for a member of the same role, not for another delegate.</source>
        <translation>A delegate stands in for a member of the same role, not for another delegate.</translation>
    </message>
    <message>
        <source>A meeting cannot be recorded before its day.</source>
        <translation>A meeting cannot be recorded before its day.</translation>
    </message>
    <message>
        <source>That meeting does not exist.</source>
        <translation>That meeting does not exist.</translation>
    </message>
    <message>
        <source>That request from the territory does not exist.</source>
        <translation>That request from the territory does not exist.</translation>
    </message>
    <message>
        <source>Write the decision.</source>
        <translation>Write the decision.</translation>
    </message>
    <message>
        <source>Write what the action is.</source>
        <translation>Write what the action is.</translation>
    </message>
    <message>
        <source>The action cannot be due before the meeting that decided it.</source>
        <translation>The action cannot be due before the meeting that decided it.</translation>
    </message>
    <message>
        <source>That decision is not of this meeting.</source>
        <translation>That decision is not of this meeting.</translation>
    </message>
    <message>
        <source>That action does not exist.</source>
        <translation>That action does not exist.</translation>
    </message>
    <message>
        <source>A completed or cancelled action does not change state any more.</source>
        <translation>A completed or cancelled action does not change state any more.</translation>
    </message>
    <message>
        <source>The text is too long.</source>
        <translation>The text is too long.</translation>
    </message>
    <message>
        <source>The date is not valid.</source>
        <translation>The date is not valid.</translation>
    </message>
    <message>
        <source>A communication cannot be registered with a date after today.</source>
        <translation>A communication cannot be registered with a date after today.</translation>
    </message>
    <message>
        <source>Write who sent or receives the communication.</source>
        <translation>Write who sent or receives the communication.</translation>
    </message>
    <message>
        <source>Write the subject.</source>
        <translation>Write the subject.</translation>
    </message>
    <message>
        <source>Write the text of the letter.</source>
        <translation>Write the text of the letter.</translation>
    </message>
    <message>
        <source>The file %1 is not there.</source>
        <translation>The file %1 is not there.</translation>
    </message>
    <message>
        <source>{%1} is not a merge field. The fields are {comune}, {sindaco}, {pec}, {email}, {zona}, {evento}, {data} and {protocollo}.</source>
        <translation>{%1} is not a merge field. The fields are {comune}, {sindaco}, {pec}, {email}, {zona}, {evento}, {data} and {protocollo}.</translation>
    </message>
    <message>
        <source>Choose the event whose comuni the circular goes to.</source>
        <translation>Choose the event whose comuni the circular goes to.</translation>
    </message>
    <message>
        <source>That event does not exist.</source>
        <translation>That event does not exist.</translation>
    </message>
    <message>
        <source>No comune to write to: the event has no comuni yet.</source>
        <translation>No comune to write to: the event has no comuni yet.</translation>
    </message>
    <message>
        <source>Choose the folder of the letters and messages.</source>
        <translation>Choose the folder of the letters and messages.</translation>
    </message>
    <message>
        <source>The room's PEC address (the messages' sender) is not set: Protocollo › Sender.</source>
        <translation>The room's PEC address (the messages' sender) is not set: Protocollo › Sender.</translation>
    </message>
    <message>
        <source>The sender needs a name.</source>
        <translation>The sender needs a name.</translation>
    </message>
    <message>
        <source>That circular does not exist.</source>
        <translation>That circular does not exist.</translation>
    </message>
    <message>
        <source>The circular was already prepared for that comune.</source>
        <translation>The circular was already prepared for that comune.</translation>
    </message>
    <message>
        <source>Overdue actions of the Cabina di regia</source>
        <translation>Overdue actions of the Cabina di regia</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) open</source>
        <translation>
            <numerusform>%n action open</numerusform>
            <numerusform>%n actions open</numerusform>
        </translation>
    </message>
    <message>
        <source>No comune to write to: no comune is in the zona omogenea %1 yet (the Comuni tab gives each comune its zone).</source>
        <translation>No comune to write to: no comune is in the zona omogenea %1 yet (the Comuni tab gives each comune its zone).</translation>
    </message>
    <message>
        <source>The folder %1 cannot take the letters: it is a file, or it cannot be written.</source>
        <translation>The folder %1 cannot take the letters: it is a file, or it cannot be written.</translation>
    </message>
    <message>
        <source>Stopped: no letter or message of circular %1 was written.</source>
        <translation>Stopped: no letter or message of circular %1 was written.</translation>
    </message>
</context>
<context>
    <name>room::DiaryEntryDialog</name>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (closed)</translation>
    </message>
    <message>
        <source>Correct a diary entry</source>
        <translation>Correct a diary entry</translation>
    </message>
    <message>
        <source>Diary entry</source>
        <translation>Diary entry</translation>
    </message>
    <message>
        <source>e.g. Sindaco di Rho, COC di Cesano Boscone, Prefettura</source>
        <translation>e.g. Sindaco di Rho, COC di Cesano Boscone, Prefettura</translation>
    </message>
    <message>
        <source>(no comune)</source>
        <translation>(no comune)</translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translation>(no organisation)</translation>
    </message>
    <message>
        <source>number of the delivery note, e.g. DDT-2020-00123</source>
        <translation>number of the delivery note, e.g. DDT-2020-00123</translation>
    </message>
    <message>
        <source>number of the request</source>
        <translation>number of the request</translation>
    </message>
    <message>
        <source>Corrects the entry of %1 written by %2. The old entry stays in the diary, marked as corrected.</source>
        <translation>Corrects the entry of %1 written by %2. The old entry stays in the diary, marked as corrected.</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Event:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>W&amp;hen:</source>
        <translation>W&amp;hen:</translation>
    </message>
    <message>
        <source>&amp;With:</source>
        <translation>&amp;With:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>&amp;Comune:</source>
        <translation>&amp;Comune:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Delivery:</source>
        <translation>&amp;Delivery:</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>&amp;Request:</translation>
    </message>
    <message>
        <source>«%1» is not one of the comuni of the metropolitan city.</source>
        <translation>«%1» is not one of the comuni of the metropolitan city.</translation>
    </message>
    <message>
        <source>There is no delivery numbered «%1».</source>
        <translation>There is no delivery numbered «%1».</translation>
    </message>
    <message>
        <source>There is no request numbered «%1».</source>
        <translation>There is no request numbered «%1».</translation>
    </message>
</context>
<context>
    <name>room::DiaryPage</name>
    <message>
        <source>corrected</source>
        <translation>corrected</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>correction</translation>
    </message>
    <message>
        <source>Event shown</source>
        <translation>Event shown</translation>
    </message>
    <message>
        <source>Day shown</source>
        <translation>Day shown</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>any day</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>T&amp;oday</translation>
    </message>
    <message>
        <source>Kind shown</source>
        <translation>Kind shown</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Every kind</translation>
    </message>
    <message>
        <source>Search the text, who, the author…</source>
        <translation>Search the text, who, the author…</translation>
    </message>
    <message>
        <source>Search the diary</source>
        <translation>Search the diary</translation>
    </message>
    <message>
        <source>Hide corrected</source>
        <translation>Hide corrected</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation>Preview and print…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Save as CSV…</translation>
    </message>
    <message>
        <source>Save as Excel…</source>
        <translation>Save as Excel…</translation>
    </message>
    <message>
        <source>The diary of the day or of the event shown</source>
        <translation>The diary of the day or of the event shown</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>With</source>
        <translation>With</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Written by</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Room diary</source>
        <translation>Room diary</translation>
    </message>
    <message>
        <source>Event of the new entry</source>
        <translation>Event of the new entry</translation>
    </message>
    <message>
        <source>Kind of the new entry</source>
        <translation>Kind of the new entry</translation>
    </message>
    <message>
        <source>New entry: %1</source>
        <translation>New entry: %1</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>With whom</translation>
    </message>
    <message>
        <source>What was said, decided or done — Enter writes it</source>
        <translation>What was said, decided or done — Enter writes it</translation>
    </message>
    <message>
        <source>Text of the new entry</source>
        <translation>Text of the new entry</translation>
    </message>
    <message>
        <source>Comune of the new entry</source>
        <translation>Comune of the new entry</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;Write</translation>
    </message>
    <message>
        <source>Det&amp;ails…</source>
        <translation>Det&amp;ails…</translation>
    </message>
    <message>
        <source>An entry with its time and links to an organisation, a delivery or a request</source>
        <translation>An entry with its time and links to an organisation, a delivery or a request</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Correct…</translation>
    </message>
    <message>
        <source>Writes a correction of the selected entry: the old one stays, marked as corrected</source>
        <translation>Writes a correction of the selected entry: the old one stays, marked as corrected</translation>
    </message>
    <message>
        <source>Every event</source>
        <translation>Every event</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>counting…</translation>
    </message>
    <message>
        <source>«%1» is not one of the comuni of the metropolitan city.</source>
        <translation>«%1» is not one of the comuni of the metropolitan city.</translation>
    </message>
</context>
<context>
    <name>room::DiaryReport</name>
    <message>
        <source>Room diary</source>
        <translation>Room diary</translation>
    </message>
    <message>
        <source>Operations room of the Città metropolitana di Milano: what was heard, said, decided and done</source>
        <translation>Operations room of the Città metropolitana di Milano: what was heard, said, decided and done</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>%1 (%2, %3, from %4)</source>
        <translation>%1 (%2, %3, from %4)</translation>
    </message>
    <message>
        <source>Authorising act</source>
        <translation>Authorising act</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>With</source>
        <translation>With</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Also about</source>
        <translation>Also about</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Written by</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>delivery %1</source>
        <translation>delivery %1</translation>
    </message>
    <message>
        <source>request %1</source>
        <translation>request %1</translation>
    </message>
    <message>
        <source>corrects the entry of %1</source>
        <translation>corrects the entry of %1</translation>
    </message>
    <message>
        <source>CORRECTED by the entry of %1</source>
        <translation>CORRECTED by the entry of %1</translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation>No entries.</translation>
    </message>
</context>
<context>
    <name>room::EventDialog</name>
    <message>
        <source>Change event</source>
        <translation>Change event</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>New event</translation>
    </message>
    <message>
        <source>e.g. Allerta idrogeologica Seveso-Lambro novembre 2020</source>
        <translation>e.g. Allerta idrogeologica Seveso-Lambro novembre 2020</translation>
    </message>
    <message>
        <source>The classification of art. 39 of the Codice della protezione civile, which sets the limits of the volunteers' days.</source>
        <translation>The classification of art. 39 of the Codice della protezione civile, which sets the limits of the volunteers' days.</translation>
    </message>
    <message>
        <source>e.g. Decreto del Sindaco metropolitano n. 45 del 23/02/2020</source>
        <translation>e.g. Decreto del Sindaco metropolitano n. 45 del 23/02/2020</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Still open</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>Find a comune…</source>
        <translation>Find a comune…</translation>
    </message>
    <message>
        <source>Only those involved</source>
        <translation>Only those involved</translation>
    </message>
    <message>
        <source>Comuni involved</source>
        <translation>Comuni involved</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Scenario:</translation>
    </message>
    <message>
        <source>Art. 39 &amp;type:</source>
        <translation>Art. 39 &amp;type:</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>Phase:</translation>
    </message>
    <message>
        <source>First &amp;phase:</source>
        <translation>First &amp;phase:</translation>
    </message>
    <message>
        <source>Authorising &amp;act:</source>
        <translation>Authorising &amp;act:</translation>
    </message>
    <message>
        <source>Starts &amp;on:</source>
        <translation>Starts &amp;on:</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>&amp;Ends on:</translation>
    </message>
    <message>
        <source>&amp;Comuni involved:</source>
        <translation>&amp;Comuni involved:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message numerus="yes">
        <source>%n comune(i) involved</source>
        <translation>
            <numerusform>%n comune involved</numerusform>
            <numerusform>%n comuni involved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>room::EventsPage</name>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Authorising act</source>
        <translation>Authorising act</translation>
    </message>
    <message>
        <source>Comuni</source>
        <translation>Comuni</translation>
    </message>
    <message>
        <source>Diary entries</source>
        <translation>Diary entries</translation>
    </message>
    <message>
        <source>Events of the room</source>
        <translation>Events of the room</translation>
    </message>
    <message>
        <source>The event's comuni and phases</source>
        <translation>The event's comuni and phases</translation>
    </message>
    <message>
        <source>Only open &amp;events</source>
        <translation>Only open &amp;events</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;New event…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Change…</translation>
    </message>
    <message>
        <source>Change p&amp;hase…</source>
        <translation>Change p&amp;hase…</translation>
    </message>
    <message>
        <source>Open its &amp;diary</source>
        <translation>Open its &amp;diary</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose an event to see its comuni and the history of its phases.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Choose an event to see its comuni and the history of its phases.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Comuni involved (%1):</source>
        <translation>Comuni involved (%1):</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>none recorded</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <source>no change recorded</source>
        <translation>no change recorded</translation>
    </message>
</context>
<context>
    <name>room::MayorsDialog</name>
    <message>
        <source>Mayors of the comuni</source>
        <translation>Mayors of the comuni</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Mayor</source>
        <translation>Mayor</translation>
    </message>
    <message>
        <source>PEC</source>
        <translation>PEC</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>The mayors of the 133 comuni</source>
        <translation>The mayors of the 133 comuni</translation>
    </message>
    <message>
        <source>Type the mayor's name in the second column. PEC and e-mail are changed in the Comuni tab.</source>
        <translation>Type the mayor's name in the second column. PEC and e-mail are changed in the Comuni tab.</translation>
    </message>
</context>
<context>
    <name>room::MeetingDialog</name>
    <message>
        <source>Meeting of the Cabina di regia</source>
        <translation>Meeting of the Cabina di regia</translation>
    </message>
    <message>
        <source>Day of the meeting</source>
        <translation>Day of the meeting</translation>
    </message>
    <message>
        <source>Notes of the meeting</source>
        <translation>Notes of the meeting</translation>
    </message>
    <message>
        <source>Who attended</source>
        <translation>Who attended</translation>
    </message>
    <message>
        <source>Requests from the territory examined</source>
        <translation>Requests from the territory examined</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>&amp;Attended:</source>
        <translation>&amp;Attended:</translation>
    </message>
    <message>
        <source>&amp;Requests examined (still to be served on the day):</source>
        <translation>&amp;Requests examined (still to be served on the day):</translation>
    </message>
    <message>
        <source>%1 of %2: %3, %4</source>
        <translation>%1 of %2: %3, %4</translation>
    </message>
</context>
<context>
    <name>room::MemberDialog</name>
    <message>
        <source>Member of the Cabina di regia</source>
        <translation>Member of the Cabina di regia</translation>
    </message>
    <message>
        <source>New member of the Cabina di regia</source>
        <translation>New member of the Cabina di regia</translation>
    </message>
    <message>
        <source>(external person, no account)</source>
        <translation>(external person, no account)</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>&amp;Active</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Delegate of:</source>
        <translation>&amp;Delegate of:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>A&amp;ccount:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>(nobody: a member of the role)</source>
        <translation>(nobody: a member of the role)</translation>
    </message>
</context>
<context>
    <name>room::PhaseDialog</name>
    <message>
        <source>Change phase</source>
        <translation>Change phase</translation>
    </message>
    <message>
        <source>e.g. Avviso di criticità ARPA codice arancione</source>
        <translation>e.g. Avviso di criticità ARPA codice arancione</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Event:</translation>
    </message>
    <message>
        <source>Current phase:</source>
        <translation>Current phase:</translation>
    </message>
    <message>
        <source>&amp;New phase:</source>
        <translation>&amp;New phase:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;When:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Why:</translation>
    </message>
</context>
<context>
    <name>room::PlanDialog</name>
    <message>
        <source>Emergency plan of %1</source>
        <translation>Emergency plan of %1</translation>
    </message>
    <message>
        <source>The comune &amp;has an emergency plan</source>
        <translation>The comune &amp;has an emergency plan</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Approved on</translation>
    </message>
    <message>
        <source>Last revision</source>
        <translation>Last revision</translation>
    </message>
    <message>
        <source>Revision due</source>
        <translation>Revision due</translation>
    </message>
    <message>
        <source>three years after the last revision</source>
        <translation>three years after the last revision</translation>
    </message>
    <message>
        <source>Entered in the regional &amp;portal</source>
        <translation>Entered in the regional &amp;portal</translation>
    </message>
    <message>
        <source>e.g. DCC n. 12 del 03/04/2019</source>
        <translation>e.g. DCC n. 12 del 03/04/2019</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;Approved on:</source>
        <translation>&amp;Approved on:</translation>
    </message>
    <message>
        <source>&amp;Last revision:</source>
        <translation>&amp;Last revision:</translation>
    </message>
    <message>
        <source>Revision &amp;due:</source>
        <translation>Revision &amp;due:</translation>
    </message>
    <message>
        <source>Approving a&amp;ct:</source>
        <translation>Approving a&amp;ct:</translation>
    </message>
    <message>
        <source>Risk scenarios</source>
        <translation>Risk scenarios</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
</context>
<context>
    <name>room::PlanErrors</name>
    <message>
        <source>Choose the comune of the plan.</source>
        <translation>Choose the comune of the plan.</translation>
    </message>
    <message>
        <source>The approving act is too long: the limit is %1.</source>
        <translation>The approving act is too long: the limit is %1.</translation>
    </message>
    <message>
        <source>The notes are too long: the limit is %1.</source>
        <translation>The notes are too long: the limit is %1.</translation>
    </message>
    <message>
        <source>A comune without an emergency plan has no approval, revision or portal: clear them, or say that the comune has a plan.</source>
        <translation>A comune without an emergency plan has no approval, revision or portal: clear them, or say that the comune has a plan.</translation>
    </message>
    <message>
        <source>Write the date the plan was approved.</source>
        <translation>Write the date the plan was approved.</translation>
    </message>
    <message>
        <source>The date %1 is before %2: no comune had an emergency plan then. Check the year.</source>
        <translation>The date %1 is before %2: no comune had an emergency plan then. Check the year.</translation>
    </message>
    <message>
        <source>The approval date %1 is in the future.</source>
        <translation>The approval date %1 is in the future.</translation>
    </message>
    <message>
        <source>The last revision (%1) comes before the approval (%2).</source>
        <translation>The last revision (%1) comes before the approval (%2).</translation>
    </message>
    <message>
        <source>The revision date %1 is in the future.</source>
        <translation>The revision date %1 is in the future.</translation>
    </message>
    <message>
        <source>The revision due on %1 is not after the last revision or approval (%2).</source>
        <translation>The revision due on %1 is not after the last revision or approval (%2).</translation>
    </message>
    <message numerus="yes">
        <source>The revision due on %1 is more than %n year(s) after the last revision: check the year.</source>
        <translation>
            <numerusform>The revision due on %1 is more than %n year after the last revision: check the year.</numerusform>
            <numerusform>The revision due on %1 is more than %n years after the last revision: check the year.</numerusform>
        </translation>
    </message>
    <message>
        <source>The comune's COC is already open.</source>
        <translation>The comune's COC is already open.</translation>
    </message>
    <message>
        <source>The comune's COC is not open: there is nothing to close.</source>
        <translation>The comune's COC is not open: there is nothing to close.</translation>
    </message>
    <message>
        <source>The opening or closing of a COC cannot be recorded in the future.</source>
        <translation>The opening or closing of a COC cannot be recorded in the future.</translation>
    </message>
    <message>
        <source>The COC last changed on %1: a new change cannot come before it.</source>
        <translation>The COC last changed on %1: a new change cannot come before it.</translation>
    </message>
    <message>
        <source>The file has errors: nothing was imported.</source>
        <translation>The file has errors: nothing was imported.</translation>
    </message>
    <message>
        <source>The file has no column «%1».</source>
        <translation>The file has no column «%1».</translation>
    </message>
    <message>
        <source>The comune is missing.</source>
        <translation>The comune is missing.</translation>
    </message>
    <message>
        <source>«%1» could be more than one comune: %2. Write the name in full.</source>
        <translation>«%1» could be more than one comune: %2. Write the name in full.</translation>
    </message>
    <message>
        <source>There is no comune called «%1».</source>
        <translation>There is no comune called «%1».</translation>
    </message>
    <message>
        <source>There is no comune called «%1» (perhaps: %2).</source>
        <translation>There is no comune called «%1» (perhaps: %2).</translation>
    </message>
    <message>
        <source>%1 is not one of the comuni of the metropolitan city.</source>
        <translation>%1 is not one of the comuni of the metropolitan city.</translation>
    </message>
    <message>
        <source>«%1» read as %2.</source>
        <translation>«%1» read as %2.</translation>
    </message>
    <message>
        <source>%1 is already on line %2 of the file.</source>
        <translation>%1 is already on line %2 of the file.</translation>
    </message>
    <message>
        <source>«%1» is neither sì nor no.</source>
        <translation>«%1» is neither sì nor no.</translation>
    </message>
    <message>
        <source>«%1» is not a date (dd/mm/yyyy).</source>
        <translation>«%1» is not a date (dd/mm/yyyy).</translation>
    </message>
    <message>
        <source>«%1» is not a known risk scenario (idrogeologico, idraulico, incendi boschivi, sismico, industriale, neve e ghiaccio, ondate di calore, trasporti, dighe).</source>
        <translation>«%1» is not a known risk scenario (idrogeologico, idraulico, incendi boschivi, sismico, industriale, neve e ghiaccio, ondate di calore, trasporti, dighe).</translation>
    </message>
    <message>
        <source>There is no zona omogenea called «%1».</source>
        <translation>There is no zona omogenea called «%1».</translation>
    </message>
</context>
<context>
    <name>room::PlanFigureTexts</name>
    <message>
        <source>Emergency plans overdue for revision</source>
        <translation>Emergency plans overdue for revision</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message numerus="yes">
        <source>%n due soon</source>
        <translation>
            <numerusform>%n due soon</numerusform>
            <numerusform>%n due soon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comune(s) without a plan</source>
        <translation>
            <numerusform>%n comune without a plan</numerusform>
            <numerusform>%n comuni without a plan</numerusform>
        </translation>
    </message>
    <message>
        <source>COCs open</source>
        <translation>COCs open</translation>
    </message>
    <message numerus="yes">
        <source>of %n comune(s)</source>
        <translation>
            <numerusform>of %n comune</numerusform>
            <numerusform>of %n comuni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>room::PlanImportDialog</name>
    <message>
        <source>Import the emergency plans from a spreadsheet</source>
        <translation>Import the emergency plans from a spreadsheet</translation>
    </message>
    <message>
        <source>Import the emergency plans</source>
        <translation>Import the emergency plans</translation>
    </message>
    <message>
        <source>One line per comune. Columns (any order): comune, piano (sì/no); optional: approvazione, revisione, scadenza, portale (sì/no), rischi (separated by commas), atto, note. Dates dd/mm/yyyy. A column the file does not have keeps what is on record.</source>
        <translation>One line per comune. Columns (any order): comune, piano (sì/no); optional: approvazione, revisione, scadenza, portale (sì/no), rischi (separated by commas), atto, note. Dates dd/mm/yyyy. A column the file does not have keeps what is on record.</translation>
    </message>
    <message>
        <source>%1 Nothing can be imported until they are fixed.</source>
        <translation>%1 Nothing can be imported until they are fixed.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) in the file.</source>
        <translation>
            <numerusform>%n error in the file.</numerusform>
            <numerusform>%n errors in the file.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3, %4.</source>
        <translation>%1: %2, %3, %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) checked</source>
        <translation>
            <numerusform>%n line checked</numerusform>
            <numerusform>%n lines checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new plan(s)</source>
        <translation>
            <numerusform>%n new plan</numerusform>
            <numerusform>%n new plans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already as on record</source>
        <translation>
            <numerusform>%n already as on record</numerusform>
            <numerusform>%n already as on record</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>room::PlanListModel</name>
    <message>
        <source>Three years after the last revision</source>
        <translation>Three years after the last revision</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Last revision</source>
        <translation>Last revision</translation>
    </message>
    <message>
        <source>Revision due</source>
        <translation>Revision due</translation>
    </message>
    <message>
        <source>Regional portal</source>
        <translation>Regional portal</translation>
    </message>
    <message>
        <source>Risk scenarios</source>
        <translation>Risk scenarios</translation>
    </message>
    <message>
        <source>COC</source>
        <translation>COC</translation>
    </message>
</context>
<context>
    <name>room::PlanReports</name>
    <message>
        <source>Emergency plans of the comuni</source>
        <translation>Emergency plans of the comuni</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Zona omogenea</source>
        <translation>Zona omogenea</translation>
    </message>
    <message>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Last revision</source>
        <translation>Last revision</translation>
    </message>
    <message>
        <source>Revision due</source>
        <translation>Revision due</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status code</source>
        <translation>Status code</translation>
    </message>
    <message>
        <source>Regional portal</source>
        <translation>Regional portal</translation>
    </message>
    <message>
        <source>Risk scenarios</source>
        <translation>Risk scenarios</translation>
    </message>
    <message>
        <source>COC</source>
        <translation>COC</translation>
    </message>
    <message>
        <source>COC since</source>
        <translation>COC since</translation>
    </message>
    <message>
        <source>Comuni</source>
        <translation>Comuni</translation>
    </message>
    <message>
        <source>Entered in the regional portal</source>
        <translation>Entered in the regional portal</translation>
    </message>
    <message>
        <source>COC open</source>
        <translation>COC open</translation>
    </message>
    <message numerus="yes">
        <source>A plan is due for revision on its revision date; within %n day(s) of it the revision is due soon, after it overdue. Without a revision date a plan is due three years after its last revision.</source>
        <translation>
            <numerusform>A plan is due for revision on its revision date; within %n day of it the revision is due soon, after it overdue. Without a revision date a plan is due three years after its last revision.</numerusform>
            <numerusform>A plan is due for revision on its revision date; within %n days of it the revision is due soon, after it overdue. Without a revision date a plan is due three years after its last revision.</numerusform>
        </translation>
    </message>
    <message>
        <source>Emergency plan</source>
        <translation>Emergency plan</translation>
    </message>
</context>
<context>
    <name>room::PlanSyncTexts</name>
    <message>
        <source>Emergency plans of the comuni</source>
        <translation>Emergency plans of the comuni</translation>
    </message>
    <message>
        <source>Risk scenarios of the emergency plans</source>
        <translation>Risk scenarios of the emergency plans</translation>
    </message>
    <message>
        <source>COCs opened and closed</source>
        <translation>COCs opened and closed</translation>
    </message>
    <message>
        <source>Emergency plan recorded</source>
        <translation>Emergency plan recorded</translation>
    </message>
    <message>
        <source>COC opened or closed</source>
        <translation>COC opened or closed</translation>
    </message>
    <message>
        <source>Emergency plans imported</source>
        <translation>Emergency plans imported</translation>
    </message>
    <message>
        <source>emergency plan of %1</source>
        <translation>emergency plan of %1</translation>
    </message>
    <message>
        <source>COC of %1 on %2</source>
        <translation>COC of %1 on %2</translation>
    </message>
</context>
<context>
    <name>room::PlanText</name>
    <message>
        <source>hydrogeological</source>
        <translation>hydrogeological</translation>
    </message>
    <message>
        <source>hydraulic</source>
        <translation>hydraulic</translation>
    </message>
    <message>
        <source>forest fires</source>
        <translation>forest fires</translation>
    </message>
    <message>
        <source>seismic</source>
        <translation>seismic</translation>
    </message>
    <message>
        <source>industrial</source>
        <translation>industrial</translation>
    </message>
    <message>
        <source>snow and ice</source>
        <translation>snow and ice</translation>
    </message>
    <message>
        <source>heat waves</source>
        <translation>heat waves</translation>
    </message>
    <message>
        <source>roads and transport</source>
        <translation>roads and transport</translation>
    </message>
    <message>
        <source>dams</source>
        <translation>dams</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>no plan</source>
        <translation>no plan</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>up to date</translation>
    </message>
    <message>
        <source>revision due soon</source>
        <translation>revision due soon</translation>
    </message>
    <message>
        <source>revision overdue</source>
        <translation>revision overdue</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>never opened</source>
        <translation>never opened</translation>
    </message>
    <message>
        <source>open since %1</source>
        <translation>open since %1</translation>
    </message>
    <message>
        <source>closed since %1</source>
        <translation>closed since %1</translation>
    </message>
</context>
<context>
    <name>room::PlansPage</name>
    <message>
        <source>Emergency plans of the comuni</source>
        <translation>Emergency plans of the comuni</translation>
    </message>
    <message>
        <source>All zones</source>
        <translation>All zones</translation>
    </message>
    <message>
        <source>Zona omogenea</source>
        <translation>Zona omogenea</translation>
    </message>
    <message>
        <source>Every plan</source>
        <translation>Every plan</translation>
    </message>
    <message>
        <source>COC open</source>
        <translation>COC open</translation>
    </message>
    <message>
        <source>Status of the plan</source>
        <translation>Status of the plan</translation>
    </message>
    <message>
        <source>Search a comune</source>
        <translation>Search a comune</translation>
    </message>
    <message>
        <source>&amp;Change the plan…</source>
        <translation>&amp;Change the plan…</translation>
    </message>
    <message>
        <source>Open the &amp;COC…</source>
        <translation>Open the &amp;COC…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>The plans of the comuni shown (zone), with the map: preview, PDF, CSV, Excel.</source>
        <translation>The plans of the comuni shown (zone), with the map: preview, PDF, CSV, Excel.</translation>
    </message>
    <message>
        <source>The comune's plan and COC</source>
        <translation>The comune's plan and COC</translation>
    </message>
    <message>
        <source>Zone:</source>
        <translation>Zone:</translation>
    </message>
    <message>
        <source>Reading the plans…</source>
        <translation>Reading the plans…</translation>
    </message>
    <message>
        <source>Emergency plan</source>
        <translation>Emergency plan</translation>
    </message>
    <message numerus="yes">
        <source>%n comune(s)</source>
        <translation>
            <numerusform>%n comune</numerusform>
            <numerusform>%n comuni</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a comune in the list or on the map.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Choose a comune in the list or on the map.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Close the &amp;COC…</source>
        <translation>Close the &amp;COC…</translation>
    </message>
    <message>
        <source>Approved:</source>
        <translation>Approved:</translation>
    </message>
    <message>
        <source>Last revision:</source>
        <translation>Last revision:</translation>
    </message>
    <message>
        <source>Revision due:</source>
        <translation>Revision due:</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message>
        <source>Regional portal:</source>
        <translation>Regional portal:</translation>
    </message>
    <message>
        <source>Act:</source>
        <translation>Act:</translation>
    </message>
    <message>
        <source>Risk scenarios:</source>
        <translation>Risk scenarios:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>COC</source>
        <translation>COC</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>opened</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
</context>
<context>
    <name>room::ProtocolPage</name>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>out</source>
        <translation>out</translation>
    </message>
    <message>
        <source>Register a communication</source>
        <translation>Register a communication</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Outgoing</translation>
    </message>
    <message>
        <source>Date of the communication</source>
        <translation>Date of the communication</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Attached file</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Direction:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Sender or addressee:</source>
        <translation>&amp;Sender or addressee:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>S&amp;ubject:</translation>
    </message>
    <message>
        <source>Attached &amp;file:</source>
        <translation>Attached &amp;file:</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>In/out</source>
        <translation>In/out</translation>
    </message>
    <message>
        <source>Sender or addressee</source>
        <translation>Sender or addressee</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Communications register</source>
        <translation>Communications register</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Sent to</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>The circular's letters and messages per comune</source>
        <translation>The circular's letters and messages per comune</translation>
    </message>
    <message>
        <source>&amp;Register a communication…</source>
        <translation>&amp;Register a communication…</translation>
    </message>
    <message>
        <source>&amp;Circular to the mayors…</source>
        <translation>&amp;Circular to the mayors…</translation>
    </message>
    <message>
        <source>&amp;Mayors…</source>
        <translation>&amp;Mayors…</translation>
    </message>
    <message>
        <source>&amp;Sender…</source>
        <translation>&amp;Sender…</translation>
    </message>
    <message numerus="yes">
        <source>%n communication(s)</source>
        <translation>
            <numerusform>%n communication</numerusform>
            <numerusform>%n communications</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a communication: a circular shows its letters and messages per comune.</source>
        <translation>Select a communication: a circular shows its letters and messages per comune.</translation>
    </message>
    <message>
        <source>Not a circular.</source>
        <translation>Not a circular.</translation>
    </message>
    <message>
        <source>no PEC: letter only</source>
        <translation>no PEC: letter only</translation>
    </message>
    <message>
        <source>Circular in %1.</source>
        <translation>Circular in %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s),</source>
        <translation>
            <numerusform>%n letter,</numerusform>
            <numerusform>%n letters,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) ready to send.</source>
        <translation>
            <numerusform>%n message ready to send.</numerusform>
            <numerusform>%n messages ready to send.</numerusform>
        </translation>
    </message>
    <message>
        <source>Without PEC (no message): %1.</source>
        <translation>Without PEC (no message): %1.</translation>
    </message>
    <message>
        <source>Protocollo</source>
        <translation>Protocollo</translation>
    </message>
    <message>
        <source>Registered with number %1.</source>
        <translation>Registered with number %1.</translation>
    </message>
    <message>
        <source>Circular to the mayors</source>
        <translation>Circular to the mayors</translation>
    </message>
    <message>
        <source>Circular %1: %2 and %3 in %4.</source>
        <translation>Circular %1: %2 and %3 in %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n letter</numerusform>
            <numerusform>%n letters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) ready to send</source>
        <translation>
            <numerusform>%n message ready to send</numerusform>
            <numerusform>%n messages ready to send</numerusform>
        </translation>
    </message>
    <message>
        <source>Without PEC, letter only: %1.</source>
        <translation>Without PEC, letter only: %1.</translation>
    </message>
    <message>
        <source>Mayors of the comuni</source>
        <translation>Mayors of the comuni</translation>
    </message>
    <message>
        <source>Sender of the room's messages</source>
        <translation>Sender of the room's messages</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;PEC address:</source>
        <translation>&amp;PEC address:</translation>
    </message>
    <message>
        <source>Prepare the &amp;missing letters…</source>
        <translation>Prepare the &amp;missing letters…</translation>
    </message>
    <message numerus="yes">
        <source>%n comune(s) still without letter: the circular was stopped before they were written.</source>
        <translation>
            <numerusform>%n comune still without letter: the circular was stopped before it was written.</numerusform>
            <numerusform>%n comuni still without letter: the circular was stopped before they were written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>room::RoomErrors</name>
    <message>
        <source>The event does not exist (any more).</source>
        <translation>The event does not exist (any more).</translation>
    </message>
    <message>
        <source>The comune %1 does not exist.</source>
        <translation>The comune %1 does not exist.</translation>
    </message>
    <message>
        <source>The organisation does not exist (any more).</source>
        <translation>The organisation does not exist (any more).</translation>
    </message>
    <message>
        <source>The delivery does not exist (any more).</source>
        <translation>The delivery does not exist (any more).</translation>
    </message>
    <message>
        <source>The request does not exist (any more).</source>
        <translation>The request does not exist (any more).</translation>
    </message>
    <message>
        <source>Nobody is signed in: every entry of the room says who wrote it.</source>
        <translation>Nobody is signed in: every entry of the room says who wrote it.</translation>
    </message>
    <message>
        <source>The event is already in that phase.</source>
        <translation>The event is already in that phase.</translation>
    </message>
    <message>
        <source>The event is closed: its phase can no longer change. Open a new event if the emergency returns.</source>
        <translation>The event is closed: its phase can no longer change. Open a new event if the emergency returns.</translation>
    </message>
    <message>
        <source>The event starts on %1: its phase cannot change before then.</source>
        <translation>The event starts on %1: its phase cannot change before then.</translation>
    </message>
    <message>
        <source>The phase last changed on %1: a new change cannot come before it.</source>
        <translation>The phase last changed on %1: a new change cannot come before it.</translation>
    </message>
    <message>
        <source>A change of phase cannot be recorded in the future.</source>
        <translation>A change of phase cannot be recorded in the future.</translation>
    </message>
    <message numerus="yes">
        <source>The event cannot end on that day: %n volunteer day(s) are recorded after it (the first on %1).</source>
        <translation>
            <numerusform>The event cannot end on that day: %n volunteer day is recorded after it (the first on %1).</numerusform>
            <numerusform>The event cannot end on that day: %n volunteer days are recorded after it (the first on %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the event the entry belongs to: every diary entry has one.</source>
        <translation>Choose the event the entry belongs to: every diary entry has one.</translation>
    </message>
    <message>
        <source>Write what the entry says.</source>
        <translation>Write what the entry says.</translation>
    </message>
    <message>
        <source>The entry is longer than the limit (%1): split it in two.</source>
        <translation>The entry is longer than the limit (%1): split it in two.</translation>
    </message>
    <message>
        <source>Choose the kind of the entry.</source>
        <translation>Choose the kind of the entry.</translation>
    </message>
    <message>
        <source>An entry cannot be dated in the future.</source>
        <translation>An entry cannot be dated in the future.</translation>
    </message>
    <message>
        <source>The event «%1» starts on %2: the entry cannot come before it.</source>
        <translation>The event «%1» starts on %2: the entry cannot come before it.</translation>
    </message>
    <message>
        <source>The entry to correct does not exist.</source>
        <translation>The entry to correct does not exist.</translation>
    </message>
    <message>
        <source>This entry has already been corrected: correct the correction instead.</source>
        <translation>This entry has already been corrected: correct the correction instead.</translation>
    </message>
    <message>
        <source>A correction belongs to the same event as the entry it corrects.</source>
        <translation>A correction belongs to the same event as the entry it corrects.</translation>
    </message>
    <message>
        <source>Choose a day or an event: the printed diary is of one day or of one event.</source>
        <translation>Choose a day or an event: the printed diary is of one day or of one event.</translation>
    </message>
    <message>
        <source>The diary asked for is longer than a printed diary can hold (%1, at most %2): choose a day or an event.</source>
        <translation>The diary asked for is longer than a printed diary can hold (%1, at most %2): choose a day or an event.</translation>
    </message>
</context>
<context>
    <name>room::RoomModule</name>
    <message>
        <source>Operations room</source>
        <translation>Operations room</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open events of the room</source>
        <translation>Open events of the room</translation>
    </message>
    <message>
        <source>no event open</source>
        <translation>no event open</translation>
    </message>
    <message>
        <source>Events of the room</source>
        <translation>Events of the room</translation>
    </message>
    <message>
        <source>no emergency plan</source>
        <translation>no emergency plan</translation>
    </message>
    <message>
        <source>plan approved on %1</source>
        <translation>plan approved on %1</translation>
    </message>
    <message>
        <source>plan without approval date</source>
        <translation>plan without approval date</translation>
    </message>
    <message>
        <source>revision due by %1</source>
        <translation>revision due by %1</translation>
    </message>
    <message>
        <source>Emergency plans</source>
        <translation>Emergency plans</translation>
    </message>
    <message>
        <source>Communications register</source>
        <translation>Communications register</translation>
    </message>
    <message>
        <source>Room diary</source>
        <translation>Room diary</translation>
    </message>
</context>
<context>
    <name>room::RoomSyncTexts</name>
    <message>
        <source>Room diary</source>
        <translation>Room diary</translation>
    </message>
    <message>
        <source>Phases of the events</source>
        <translation>Phases of the events</translation>
    </message>
    <message>
        <source>Comuni of the events</source>
        <translation>Comuni of the events</translation>
    </message>
    <message>
        <source>Room event saved</source>
        <translation>Room event saved</translation>
    </message>
    <message>
        <source>Event phase changed</source>
        <translation>Event phase changed</translation>
    </message>
    <message>
        <source>Diary entry written</source>
        <translation>Diary entry written</translation>
    </message>
    <message>
        <source>Diary entry corrected</source>
        <translation>Diary entry corrected</translation>
    </message>
    <message>
        <source>diary entry of %1</source>
        <translation>diary entry of %1</translation>
    </message>
</context>
<context>
    <name>room::RoomTab</name>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Events</translation>
    </message>
    <message>
        <source>Room &amp;diary</source>
        <translation>Room &amp;diary</translation>
    </message>
    <message>
        <source>Emergency p&amp;lans</source>
        <translation>Emergency p&amp;lans</translation>
    </message>
    <message>
        <source>&amp;Situation report</source>
        <translation>&amp;Situation report</translation>
    </message>
</context>
<context>
    <name>room::RoomText</name>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Hydro-meteorological</source>
        <translation>Hydro-meteorological</translation>
    </message>
    <message>
        <source>Forest fire</source>
        <translation>Forest fire</translation>
    </message>
    <message>
        <source>Missing persons search</source>
        <translation>Missing persons search</translation>
    </message>
    <message>
        <source>Large event</source>
        <translation>Large event</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercise</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Pre-alarm</source>
        <translation>Pre-alarm</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Incoming call</translation>
    </message>
    <message>
        <source>Outgoing call</source>
        <translation>Outgoing call</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>room::SavePlanState</name>
    <message>
        <source>emergency plan</source>
        <translation>emergency plan</translation>
    </message>
</context>
<context>
    <name>room::SaveRoomEvent</name>
    <message>
        <source>new event %1</source>
        <translation>new event %1</translation>
    </message>
    <message>
        <source>edit event %1</source>
        <translation>edit event %1</translation>
    </message>
</context>
<context>
    <name>room::SetCocState</name>
    <message>
        <source>COC opened</source>
        <translation>COC opened</translation>
    </message>
    <message>
        <source>COC closed</source>
        <translation>COC closed</translation>
    </message>
</context>
<context>
    <name>room::SitrepPage</name>
    <message>
        <source>Prepare the &amp;report</source>
        <translation>Prepare the &amp;report</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <source>E&amp;vent:</source>
        <translation>E&amp;vent:</translation>
    </message>
    <message>
        <source>Print &amp;preview…</source>
        <translation>Print &amp;preview…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as &amp;Excel…</source>
        <translation>Save as &amp;Excel…</translation>
    </message>
    <message>
        <source>Save as CS&amp;V…</source>
        <translation>Save as CS&amp;V…</translation>
    </message>
    <message>
        <source>Choose the day and, if you like, one event, then Prepare the report: every figure is computed from the records.</source>
        <translation>Choose the day and, if you like, one event, then Prepare the report: every figure is computed from the records.</translation>
    </message>
    <message>
        <source>Every event</source>
        <translation>Every event</translation>
    </message>
    <message>
        <source>Computing the situation report of %1…</source>
        <translation>Computing the situation report of %1…</translation>
    </message>
    <message>
        <source>Situation report of %1.</source>
        <translation>Situation report of %1.</translation>
    </message>
</context>
<context>
    <name>room::SitrepReport</name>
    <message>
        <source>Daily situation report (SITREP)</source>
        <translation>Daily situation report (SITREP)</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Operations room of the CCV-MI: the day's figures, computed from the records</source>
        <translation>Operations room of the CCV-MI: the day's figures, computed from the records</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>%1 (%2, since %3)</source>
        <translation>%1 (%2, since %3)</translation>
    </message>
    <message>
        <source>Phase at the end of the day</source>
        <translation>Phase at the end of the day</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>all events</source>
        <translation>all events</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>Volunteers active</source>
        <translation>Volunteers active</translation>
    </message>
    <message>
        <source>Person-days</source>
        <translation>Person-days</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Deliveries</translation>
    </message>
    <message>
        <source>Food delivered</source>
        <translation>Food delivered</translation>
    </message>
    <message>
        <source>Food distributions</source>
        <translation>Food distributions</translation>
    </message>
    <message>
        <source>Distributions of DPI and kits</source>
        <translation>Distributions of DPI and kits</translation>
    </message>
    <message>
        <source>Comuni served (food)</source>
        <translation>Comuni served (food)</translation>
    </message>
    <message>
        <source>Requests received</source>
        <translation>Requests received</translation>
    </message>
    <message>
        <source>Requests still to serve (state today)</source>
        <translation>Requests still to serve (state today)</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Food in stock at the end of the day</source>
        <translation>Food in stock at the end of the day</translation>
    </message>
    <message numerus="yes">
        <source>Lots expiring within %n day(s)</source>
        <translation>
            <numerusform>Lots expiring within %n day</numerusform>
            <numerusform>Lots expiring within %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired lots still in stock</source>
        <translation>Expired lots still in stock</translation>
    </message>
    <message>
        <source>Items under their minimum level</source>
        <translation>Items under their minimum level</translation>
    </message>
    <message>
        <source>Listening line</source>
        <translation>Listening line</translation>
    </message>
    <message>
        <source>of which urgent</source>
        <translation>of which urgent</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>Called back</translation>
    </message>
    <message>
        <source>Called back within 24 h</source>
        <translation>Called back within 24 h</translation>
    </message>
    <message>
        <source>Escalations to 118</source>
        <translation>Escalations to 118</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Still open</translation>
    </message>
    <message>
        <source>Study support</source>
        <translation>Study support</translation>
    </message>
    <message>
        <source>Hours booked</source>
        <translation>Hours booked</translation>
    </message>
    <message>
        <source>Hours given</source>
        <translation>Hours given</translation>
    </message>
    <message>
        <source>Pupils with lessons</source>
        <translation>Pupils with lessons</translation>
    </message>
    <message>
        <source>Operations room</source>
        <translation>Operations room</translation>
    </message>
    <message>
        <source>Decisions in the diary</source>
        <translation>Decisions in the diary</translation>
    </message>
    <message>
        <source>Decisions of the Cabina di regia</source>
        <translation>Decisions of the Cabina di regia</translation>
    </message>
    <message>
        <source>Cabina actions open</source>
        <translation>Cabina actions open</translation>
    </message>
    <message>
        <source>of which overdue</source>
        <translation>of which overdue</translation>
    </message>
    <message>
        <source>Communications sent</source>
        <translation>Communications sent</translation>
    </message>
    <message>
        <source>The day in figures</source>
        <translation>The day in figures</translation>
    </message>
    <message>
        <source>The volunteers, the diary and the circulars are those of the event; deliveries, stock, the listening line, study support and the Cabina di regia are the whole room's.</source>
        <translation>The volunteers, the diary and the circulars are those of the event; deliveries, stock, the listening line, study support and the Cabina di regia are the whole room's.</translation>
    </message>
    <message>
        <source>Volunteers: person-days by service</source>
        <translation>Volunteers: person-days by service</translation>
    </message>
    <message>
        <source>No volunteer activity recorded.</source>
        <translation>No volunteer activity recorded.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Total (a volunteer counts once a day)</source>
        <translation>Total (a volunteer counts once a day)</translation>
    </message>
    <message>
        <source>Food delivered by category</source>
        <translation>Food delivered by category</translation>
    </message>
    <message>
        <source>Food category</source>
        <translation>Food category</translation>
    </message>
    <message>
        <source>Distributions</source>
        <translation>Distributions</translation>
    </message>
    <message>
        <source>Total food</source>
        <translation>Total food</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>Pieces</translation>
    </message>
    <message>
        <source>DPI, kits and other goods delivered</source>
        <translation>DPI, kits and other goods delivered</translation>
    </message>
    <message>
        <source>Comuni served</source>
        <translation>Comuni served</translation>
    </message>
    <message>
        <source>No food delivered.</source>
        <translation>No food delivered.</translation>
    </message>
    <message>
        <source>ISTAT code</source>
        <translation>ISTAT code</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Requests from the territory still to serve</source>
        <translation>Requests from the territory still to serve</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>Requests asked on or before the day and not yet served today, the oldest first: %1.</source>
        <translation>Requests asked on or before the day and not yet served today, the oldest first: %1.</translation>
    </message>
    <message>
        <source>the first %1 of %2</source>
        <translation>the first %1 of %2</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Asked on</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Stock at the end of the day</source>
        <translation>Stock at the end of the day</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>First expiry</source>
        <translation>First expiry</translation>
    </message>
    <message>
        <source>Lots below zero (to be counted)</source>
        <translation>Lots below zero (to be counted)</translation>
    </message>
    <message>
        <source>Listening line (AscoltiAMO)</source>
        <translation>Listening line (AscoltiAMO)</translation>
    </message>
    <message>
        <source>Called back (so far)</source>
        <translation>Called back (so far)</translation>
    </message>
    <message>
        <source>Referrals to services</source>
        <translation>Referrals to services</translation>
    </message>
    <message>
        <source>Aggregate figures of the requests received on the day: no caller can be identified.</source>
        <translation>Aggregate figures of the requests received on the day: no caller can be identified.</translation>
    </message>
    <message>
        <source>Study support (ConosciAMO)</source>
        <translation>Study support (ConosciAMO)</translation>
    </message>
    <message>
        <source>Pupil absent</source>
        <translation>Pupil absent</translation>
    </message>
    <message>
        <source>Outcome not yet recorded</source>
        <translation>Outcome not yet recorded</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>No decision recorded.</source>
        <translation>No decision recorded.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Written by</translation>
    </message>
    <message>
        <source>diary</source>
        <translation>diary</translation>
    </message>
    <message>
        <source>Cabina di regia</source>
        <translation>Cabina di regia</translation>
    </message>
    <message>
        <source>Open actions of the Cabina di regia</source>
        <translation>Open actions of the Cabina di regia</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>PEC messages</source>
        <translation>PEC messages</translation>
    </message>
    <message>
        <source>Letters without PEC</source>
        <translation>Letters without PEC</translation>
    </message>
</context>
<context>
    <name>stock::AssembleKits</name>
    <message>
        <source>Cancelled with Undo</source>
        <translation>Cancelled with Undo</translation>
    </message>
    <message numerus="yes">
        <source>assembly of %n kit(s)</source>
        <translation>
            <numerusform>assembly of %n kit</numerusform>
            <numerusform>assembly of %n kits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stock::AssemblyDialog</name>
    <message>
        <source>Assemble kits</source>
        <translation>Assemble kits</translation>
    </message>
    <message>
        <source>empty: KIT-&lt;date&gt;</source>
        <translation>empty: KIT-&lt;date&gt;</translation>
    </message>
    <message>
        <source>&amp;Kit:</source>
        <translation>&amp;Kit:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <source>&amp;Number of kits:</source>
        <translation>&amp;Number of kits:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Lot of the kits:</source>
        <translation>&amp;Lot of the kits:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>No kit has a recipe yet: set one in Master data, Items, Kit recipe.</source>
        <translation>No kit has a recipe yet: set one in Master data, Items, Kit recipe.</translation>
    </message>
    <message numerus="yes">
        <source>The components in stock are enough for %Ln kit(s).</source>
        <translation>
            <numerusform>The components in stock are enough for %Ln kit.</numerusform>
            <numerusform>The components in stock are enough for %Ln kits.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from %2.</source>
        <translation>%1 from %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln kit(s) assembled</source>
        <translation>
            <numerusform>%Ln kit assembled</numerusform>
            <numerusform>%Ln kits assembled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln component lot(s)</source>
        <translation>
            <numerusform>%Ln component lot</numerusform>
            <numerusform>%Ln component lots</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stock::CatalogPage</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Weight of a piece</source>
        <translation>Weight of a piece</translation>
    </message>
    <message>
        <source>Per package</source>
        <translation>Per package</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Donors</source>
        <translation>Donors</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Locations</translation>
    </message>
    <message>
        <source>Kit &amp;recipe...</source>
        <translation>Kit &amp;recipe...</translation>
    </message>
    <message>
        <source>&amp;Edit item...</source>
        <translation>&amp;Edit item...</translation>
    </message>
    <message>
        <source>&amp;New item...</source>
        <translation>&amp;New item...</translation>
    </message>
    <message>
        <source>&amp;Edit donor...</source>
        <translation>&amp;Edit donor...</translation>
    </message>
    <message>
        <source>&amp;New donor...</source>
        <translation>&amp;New donor...</translation>
    </message>
    <message>
        <source>&amp;Edit location...</source>
        <translation>&amp;Edit location...</translation>
    </message>
    <message>
        <source>&amp;New location...</source>
        <translation>&amp;New location...</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Kit recipe</source>
        <translation>Kit recipe</translation>
    </message>
    <message>
        <source>Goods categories</source>
        <translation>Goods categories</translation>
    </message>
    <message>
        <source>&amp;Edit category...</source>
        <translation>&amp;Edit category...</translation>
    </message>
    <message>
        <source>&amp;New category...</source>
        <translation>&amp;New category...</translation>
    </message>
</context>
<context>
    <name>stock::CategoryDialog</name>
    <message>
        <source>Category %1</source>
        <translation>Category %1</translation>
    </message>
    <message>
        <source>New goods category</source>
        <translation>New goods category</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
</context>
<context>
    <name>stock::CountDialog</name>
    <message>
        <source>Stock count</source>
        <translation>Stock count</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Book</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Reason of the difference</source>
        <translation>Reason of the difference</translation>
    </message>
    <message>
        <source>Counted quantities</source>
        <translation>Counted quantities</translation>
    </message>
    <message>
        <source>Close the &amp;count</source>
        <translation>Close the &amp;count</translation>
    </message>
    <message>
        <source>Records every difference as an adjustment; the count can no longer change.</source>
        <translation>Records every difference as an adjustment; the count can no longer change.</translation>
    </message>
    <message>
        <source>Counted = &amp;book for empty lines</source>
        <translation>Counted = &amp;book for empty lines</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · count of %3 · %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · count of %3 · %4</translation>
    </message>
    <message>
        <source>all categories</source>
        <translation>all categories</translation>
    </message>
    <message>
        <source>Line %1 (%2): «%3» is not a quantity.</source>
        <translation>Line %1 (%2): «%3» is not a quantity.</translation>
    </message>
    <message numerus="yes">
        <source>The count is closed: %Ln adjustment(s) recorded.</source>
        <translation>
            <numerusform>The count is closed: %Ln adjustment recorded.</numerusform>
            <numerusform>The count is closed: %Ln adjustments recorded.</numerusform>
        </translation>
    </message>
    <message>
        <source>«%1» is not a quantity.</source>
        <translation>«%1» is not a quantity.</translation>
    </message>
</context>
<context>
    <name>stock::CountService</name>
    <message>
        <source>Stock count of %1</source>
        <translation>Stock count of %1</translation>
    </message>
</context>
<context>
    <name>stock::CountsPage</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Lots</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Differences</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Stock counts</source>
        <translation>Stock counts</translation>
    </message>
    <message>
        <source>&amp;New count...</source>
        <translation>&amp;New count...</translation>
    </message>
    <message>
        <source>&amp;Enter counted quantities...</source>
        <translation>&amp;Enter counted quantities...</translation>
    </message>
    <message>
        <source>&amp;Print the sheet...</source>
        <translation>&amp;Print the sheet...</translation>
    </message>
    <message>
        <source>Before counting: the sheet to fill in. Once closed: the differences recorded.</source>
        <translation>Before counting: the sheet to fill in. Once closed: the differences recorded.</translation>
    </message>
    <message>
        <source>Cancel the count</source>
        <translation>Cancel the count</translation>
    </message>
    <message>
        <source>A count lists every lot with stock in a location on the count date. Print the sheet, count the shelves, enter what you found and close the count: each difference becomes an adjustment with its reason.</source>
        <translation>A count lists every lot with stock in a location on the count date. Print the sheet, count the shelves, enter what you found and close the count: each difference becomes an adjustment with its reason.</translation>
    </message>
    <message>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <source>New stock count</source>
        <translation>New stock count</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>Count &amp;date:</source>
        <translation>Count &amp;date:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Cancel this stock count? Nothing is adjusted.</source>
        <translation>Cancel this stock count? Nothing is adjusted.</translation>
    </message>
</context>
<context>
    <name>stock::CreateStarterItems</name>
    <message>
        <source>starter catalogue</source>
        <translation>starter catalogue</translation>
    </message>
</context>
<context>
    <name>stock::DonorDialog</name>
    <message>
        <source>Donor %1</source>
        <translation>Donor %1</translation>
    </message>
    <message>
        <source>New donor</source>
        <translation>New donor</translation>
    </message>
    <message>
        <source>codice fiscale or partita IVA, for the donation receipt</source>
        <translation>codice fiscale or partita IVA, for the donation receipt</translation>
    </message>
    <message>
        <source>Still donating</source>
        <translation>Still donating</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Tax code:</source>
        <translation>&amp;Tax code:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>C&amp;omune:</source>
        <translation>C&amp;omune:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contact:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
</context>
<context>
    <name>stock::ImportDialog</name>
    <message>
        <source>Import receipts from a spreadsheet</source>
        <translation>Import receipts from a spreadsheet</translation>
    </message>
    <message>
        <source>Import receipts</source>
        <translation>Import receipts</translation>
    </message>
    <message>
        <source>Goods already expired on arrival: receive them and write them off at once</source>
        <translation>Goods already expired on arrival: receive them and write them off at once</translation>
    </message>
    <message>
        <source>Columns (Italian or English names, any order): data, donatore, articolo or codice, quantità; optional: unità (kg, g, pz, colli), categoria, lotto, scadenza, ubicazione, documento, note. Lines with the same date, donor and document become one receipt.</source>
        <translation>Columns (Italian or English names, any order): data, donatore, articolo or codice, quantità; optional: unità (kg, g, pz, colli), categoria, lotto, scadenza, ubicazione, documento, note. Lines with the same date, donor and document become one receipt.</translation>
    </message>
    <message>
        <source>No errors: it can be imported.</source>
        <translation>No errors: it can be imported.</translation>
    </message>
    <message>
        <source>New donors: %1.</source>
        <translation>New donors: %1.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s): correct the file and choose it again; nothing will be imported.</source>
        <translation>
            <numerusform>%Ln error: correct the file and choose it again; nothing will be imported.</numerusform>
            <numerusform>%Ln errors: correct the file and choose it again; nothing will be imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 in %3, %4.</source>
        <translation>%1: %2 in %3, %4.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln line</numerusform>
            <numerusform>%Ln lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln receipt(s)</source>
        <translation>
            <numerusform>%Ln receipt</numerusform>
            <numerusform>%Ln receipts</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1 with %2, %3: %4.</source>
        <translation>Imported: %1 with %2, %3: %4.</translation>
    </message>
</context>
<context>
    <name>stock::ItemDialog</name>
    <message>
        <source>Item %1</source>
        <translation>Item %1</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>New item</translation>
    </message>
    <message>
        <source>e.g. PAS-PASTA</source>
        <translation>e.g. PAS-PASTA</translation>
    </message>
    <message>
        <source>by weight (kg)</source>
        <translation>by weight (kg)</translation>
    </message>
    <message>
        <source>by the piece</source>
        <translation>by the piece</translation>
    </message>
    <message>
        <source>kg, e.g. 1,5</source>
        <translation>kg, e.g. 1,5</translation>
    </message>
    <message>
        <source>not packaged</source>
        <translation>not packaged</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Lots have an expiry date</source>
        <translation>Lots have an expiry date</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>C&amp;ategory:</translation>
    </message>
    <message>
        <source>Counted &amp;by:</source>
        <translation>Counted &amp;by:</translation>
    </message>
    <message>
        <source>&amp;Weight of one piece:</source>
        <translation>&amp;Weight of one piece:</translation>
    </message>
    <message>
        <source>&amp;Pieces per package:</source>
        <translation>&amp;Pieces per package:</translation>
    </message>
    <message>
        <source>&amp;Minimum level:</source>
        <translation>&amp;Minimum level:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>In pieces</source>
        <translation>In pieces</translation>
    </message>
    <message>
        <source>In kg</source>
        <translation>In kg</translation>
    </message>
</context>
<context>
    <name>stock::KitRecipeDialog</name>
    <message>
        <source>Recipe of %1</source>
        <translation>Recipe of %1</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Quantity per kit</source>
        <translation>Quantity per kit</translation>
    </message>
    <message>
        <source>&amp;Add component</source>
        <translation>&amp;Add component</translation>
    </message>
    <message>
        <source>&amp;Remove component</source>
        <translation>&amp;Remove component</translation>
    </message>
    <message>
        <source>What one kit contains (pieces for items by the piece, grams for items by weight):</source>
        <translation>What one kit contains (pieces for items by the piece, grams for items by weight):</translation>
    </message>
</context>
<context>
    <name>stock::LedgerPage</name>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donor</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Movement</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>All movements</source>
        <translation>All movements</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>%1 (correction)</source>
        <translation>%1 (correction)</translation>
    </message>
    <message>
        <source>receipt %1</source>
        <translation>receipt %1</translation>
    </message>
    <message>
        <source>stock count</source>
        <translation>stock count</translation>
    </message>
    <message>
        <source>kit assembly</source>
        <translation>kit assembly</translation>
    </message>
    <message>
        <source>Movement ledger</source>
        <translation>Movement ledger</translation>
    </message>
    <message>
        <source>Correct this movement...</source>
        <translation>Correct this movement...</translation>
    </message>
    <message>
        <source>Correct the whole operation...</source>
        <translation>Correct the whole operation...</translation>
    </message>
    <message>
        <source>&amp;Correct the movement...</source>
        <translation>&amp;Correct the movement...</translation>
    </message>
    <message>
        <source>Records a reversing movement that cancels the selected one: the ledger is never rewritten.</source>
        <translation>Records a reversing movement that cancels the selected one: the ledger is never rewritten.</translation>
    </message>
    <message>
        <source>Whole &amp;history</source>
        <translation>Whole &amp;history</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>to:</translation>
    </message>
    <message>
        <source>Movement:</source>
        <translation>Movement:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>Item:</source>
        <translation>Item:</translation>
    </message>
    <message>
        <source>Donor:</source>
        <translation>Donor:</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>All items</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>All donors</source>
        <translation>All donors</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>All locations</translation>
    </message>
    <message>
        <source>Correct the whole operation</source>
        <translation>Correct the whole operation</translation>
    </message>
    <message>
        <source>Correct the movement</source>
        <translation>Correct the movement</translation>
    </message>
    <message>
        <source>A reversing movement will cancel it; the original stays in the ledger.
Reason of the correction:</source>
        <translation>A reversing movement will cancel it; the original stays in the ledger.
Reason of the correction:</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message numerus="yes">
        <source>%Ln movement(s)</source>
        <translation>
            <numerusform>%Ln movement</numerusform>
            <numerusform>%Ln movements</numerusform>
        </translation>
    </message>
    <message>
        <source>delivery note %1</source>
        <translation>delivery note %1</translation>
    </message>
</context>
<context>
    <name>stock::LocationDialog</name>
    <message>
        <source>Location %1</source>
        <translation>Location %1</translation>
    </message>
    <message>
        <source>New location</source>
        <translation>New location</translation>
    </message>
    <message>
        <source>Default location (receipts and issues go here unless said otherwise)</source>
        <translation>Default location (receipts and issues go here unless said otherwise)</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>C&amp;omune:</source>
        <translation>C&amp;omune:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
</context>
<context>
    <name>stock::LotsPage</name>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Search item or lot</source>
        <translation>Search item or lot</translation>
    </message>
    <message>
        <source>Only &amp;expired and expiring</source>
        <translation>Only &amp;expired and expiring</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donor</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>does not expire</translation>
    </message>
    <message>
        <source>Stock by item and lot</source>
        <translation>Stock by item and lot</translation>
    </message>
    <message>
        <source>&amp;Write off...</source>
        <translation>&amp;Write off...</translation>
    </message>
    <message>
        <source>&amp;Move to another location...</source>
        <translation>&amp;Move to another location...</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>All locations</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lot(s) in stock</source>
        <translation>
            <numerusform>%Ln lot in stock</numerusform>
            <numerusform>%Ln lots in stock</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stock::OpenCount</name>
    <message>
        <source>stock count of %1</source>
        <translation>stock count of %1</translation>
    </message>
</context>
<context>
    <name>stock::OverviewPage</name>
    <message>
        <source>Stock position at</source>
        <translation>Stock position at</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>Pieces</translation>
    </message>
    <message>
        <source>of which expired (kg)</source>
        <translation>of which expired (kg)</translation>
    </message>
    <message>
        <source>Stock by category</source>
        <translation>Stock by category</translation>
    </message>
    <message>
        <source>Food in stock by category (kg)</source>
        <translation>Food in stock by category (kg)</translation>
    </message>
    <message>
        <source>Position at:</source>
        <translation>Position at:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Days of warning before expiry</source>
        <translation>Days of warning before expiry</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Expiring lots</source>
        <translation>Expiring lots</translation>
    </message>
    <message>
        <source>Usable</source>
        <translation>Usable</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Items under their minimum</source>
        <translation>Items under their minimum</translation>
    </message>
    <message>
        <source>&amp;Write off the selected lot...</source>
        <translation>&amp;Write off the selected lot...</translation>
    </message>
    <message>
        <source>Expired goods can only leave the warehouse as a write-off, with a reason.</source>
        <translation>Expired goods can only leave the warehouse as a write-off, with a reason.</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Warn before expiry:</source>
        <translation>Warn before expiry:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Expired and expiring lots&lt;/b&gt;</source>
        <translation>&lt;b&gt;Expired and expiring lots&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Items under their minimum level&lt;/b&gt;</source>
        <translation>&lt;b&gt;Items under their minimum level&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Food in stock on %1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Food in stock on %1: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Expired: write it off</source>
        <translation>Expired: write it off</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %Ln day(s)</source>
        <translation>
            <numerusform>Expires in %Ln day</numerusform>
            <numerusform>Expires in %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln expired lot(s) to write off</source>
        <translation>
            <numerusform>%Ln expired lot to write off</numerusform>
            <numerusform>%Ln expired lots to write off</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lot(s) expiring within the warning days</source>
        <translation>
            <numerusform>%Ln lot expiring within the warning days</numerusform>
            <numerusform>%Ln lots expiring within the warning days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) under their minimum</source>
        <translation>
            <numerusform>%Ln item under its minimum</numerusform>
            <numerusform>%Ln items under their minimum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lot(s) issued beyond what they held on two workstations while apart: count them (negative in Lots)</source>
        <translation>
            <numerusform>%Ln lot issued beyond what it held on two workstations while apart: count it (negative in Lots)</numerusform>
            <numerusform>%Ln lots issued beyond what they held on two workstations while apart: count them (negative in Lots)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the stock…</source>
        <translation>Reading the stock…</translation>
    </message>
    <message>
        <source>Reading the alerts…</source>
        <translation>Reading the alerts…</translation>
    </message>
</context>
<context>
    <name>stock::ReceiptDialog</name>
    <message>
        <source>New receipt of donated goods</source>
        <translation>New receipt of donated goods</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donor</translation>
    </message>
    <message>
        <source>New donor...</source>
        <translation>New donor...</translation>
    </message>
    <message>
        <source>DDT or letter of the donor</source>
        <translation>DDT or letter of the donor</translation>
    </message>
    <message>
        <source>Lines of the receipt</source>
        <translation>Lines of the receipt</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Re&amp;move line</source>
        <translation>Re&amp;move line</translation>
    </message>
    <message>
        <source>&amp;Donor:</source>
        <translation>&amp;Donor:</translation>
    </message>
    <message>
        <source>Date &amp;received:</source>
        <translation>Date &amp;received:</translation>
    </message>
    <message>
        <source>Donor's &amp;document:</source>
        <translation>Donor's &amp;document:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Quantities: kg (decimal comma) for goods by weight, pieces for the rest. Expiry as dd/mm/yyyy. Enter moves on; the row marked * adds a line.</source>
        <translation>Quantities: kg (decimal comma) for goods by weight, pieces for the rest. Expiry as dd/mm/yyyy. Enter moves on; the row marked * adds a line.</translation>
    </message>
    <message>
        <source>&amp;Record the receipt</source>
        <translation>&amp;Record the receipt</translation>
    </message>
    <message>
        <source>total weight %1</source>
        <translation>total weight %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>line %1 (expired on %2)</source>
        <translation>line %1 (expired on %2)</translation>
    </message>
    <message>
        <source>Goods already expired</source>
        <translation>Goods already expired</translation>
    </message>
    <message>
        <source>These goods are already past their expiry date: %1.

Receive them and write them off at once? They will never be issued.</source>
        <translation>These goods are already past their expiry date: %1.

Receive them and write them off at once? They will never be issued.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln line</numerusform>
            <numerusform>%Ln lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Donor: required (choose one, or create it with «New donor...»).</source>
        <translation>Donor: required (choose one, or create it with «New donor...»).</translation>
    </message>
    <message>
        <source>Unknown donor «%1»: choose one from the list, or create it with «New donor...».</source>
        <translation>Unknown donor «%1»: choose one from the list, or create it with «New donor...».</translation>
    </message>
</context>
<context>
    <name>stock::ReceiptImporter</name>
    <message>
        <source>Created by the import of %1</source>
        <translation>Created by the import of %1</translation>
    </message>
</context>
<context>
    <name>stock::ReceiptLinesModel</name>
    <message>
        <source>change line %1</source>
        <translation>change line %1</translation>
    </message>
    <message>
        <source>remove line %1</source>
        <translation>remove line %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(default)</translation>
    </message>
    <message>
        <source>kg, e.g. 12,5</source>
        <translation>kg, e.g. 12,5</translation>
    </message>
    <message>
        <source>pieces</source>
        <translation>pieces</translation>
    </message>
</context>
<context>
    <name>stock::ReceiptService</name>
    <message>
        <source>Expired on arrival (expiry %1)</source>
        <translation>Expired on arrival (expiry %1)</translation>
    </message>
</context>
<context>
    <name>stock::ReceiptsPage</name>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donor</translation>
    </message>
    <message>
        <source>Number or donor's document</source>
        <translation>Number or donor's document</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Donor's document</source>
        <translation>Donor's document</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <source>&amp;New receipt...</source>
        <translation>&amp;New receipt...</translation>
    </message>
    <message>
        <source>&amp;Donation receipt...</source>
        <translation>&amp;Donation receipt...</translation>
    </message>
    <message>
        <source>The ricevuta di donazione for the donor: print preview, PDF</source>
        <translation>The ricevuta di donazione for the donor: print preview, PDF</translation>
    </message>
    <message>
        <source>Cancel the receipt...</source>
        <translation>Cancel the receipt...</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>to:</translation>
    </message>
    <message>
        <source>Donor:</source>
        <translation>Donor:</translation>
    </message>
    <message>
        <source>All donors</source>
        <translation>All donors</translation>
    </message>
    <message numerus="yes">
        <source>%Ln receipt(s)</source>
        <translation>
            <numerusform>%Ln receipt</numerusform>
            <numerusform>%Ln receipts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stock::RecordReceipt</name>
    <message>
        <source>Cancelled with Undo</source>
        <translation>Cancelled with Undo</translation>
    </message>
    <message>
        <source>receipt %1</source>
        <translation>receipt %1</translation>
    </message>
</context>
<context>
    <name>stock::SaveCategory</name>
    <message>
        <source>new category %1</source>
        <translation>new category %1</translation>
    </message>
    <message>
        <source>changes to category %1</source>
        <translation>changes to category %1</translation>
    </message>
</context>
<context>
    <name>stock::SaveDonor</name>
    <message>
        <source>new donor %1</source>
        <translation>new donor %1</translation>
    </message>
    <message>
        <source>changes to donor %1</source>
        <translation>changes to donor %1</translation>
    </message>
</context>
<context>
    <name>stock::SaveItem</name>
    <message>
        <source>new item %1</source>
        <translation>new item %1</translation>
    </message>
    <message>
        <source>changes to item %1</source>
        <translation>changes to item %1</translation>
    </message>
</context>
<context>
    <name>stock::SaveKitRecipe</name>
    <message>
        <source>kit recipe</source>
        <translation>kit recipe</translation>
    </message>
</context>
<context>
    <name>stock::SaveLocation</name>
    <message>
        <source>new location %1</source>
        <translation>new location %1</translation>
    </message>
    <message>
        <source>changes to location %1</source>
        <translation>changes to location %1</translation>
    </message>
</context>
<context>
    <name>stock::SetExpiryWarningDays</name>
    <message>
        <source>days of the expiry warning</source>
        <translation>days of the expiry warning</translation>
    </message>
</context>
<context>
    <name>stock::StarterCatalogueDialog</name>
    <message>
        <source>Starter catalogue</source>
        <translation>Starter catalogue</translation>
    </message>
    <message>
        <source>The items most rooms need: the six food categories, protective equipment (DPI) and kits. Untick what this room does not handle; more items can be added later in Warehouse › Master data. Items already in the catalogue are not created again.</source>
        <translation>The items most rooms need: the six food categories, protective equipment (DPI) and kits. Untick what this room does not handle; more items can be added later in Warehouse › Master data. Items already in the catalogue are not created again.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Items of the starter catalogue</source>
        <translation>Items of the starter catalogue</translation>
    </message>
    <message>
        <source>&amp;Create the items</source>
        <translation>&amp;Create the items</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>by weight (kg)</source>
        <translation>by weight (kg)</translation>
    </message>
    <message>
        <source>by the piece, %1 per package</source>
        <translation>by the piece, %1 per package</translation>
    </message>
    <message>
        <source>by the piece</source>
        <translation>by the piece</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>already in the catalogue</source>
        <translation>already in the catalogue</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) to create.</source>
        <translation>
            <numerusform>%Ln item to create.</numerusform>
            <numerusform>%Ln items to create.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the catalogue.</source>
        <translation>
            <numerusform>%Ln already in the catalogue.</numerusform>
            <numerusform>%Ln already in the catalogue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stock::StockAuditNames</name>
    <message>
        <source>receipt %1</source>
        <translation>receipt %1</translation>
    </message>
    <message>
        <source>%1, lot %2</source>
        <translation>%1, lot %2</translation>
    </message>
    <message>
        <source>%1, movement of %2</source>
        <translation>%1, movement of %2</translation>
    </message>
    <message>
        <source>stock count of %1</source>
        <translation>stock count of %1</translation>
    </message>
    <message>
        <source>stock count of %1: %2</source>
        <translation>stock count of %1: %2</translation>
    </message>
    <message>
        <source>kit %1: %2</source>
        <translation>kit %1: %2</translation>
    </message>
</context>
<context>
    <name>stock::StockErrorText</name>
    <message>
        <source>%1 pcs</source>
        <translation>%1 pcs</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>Not enough %1 on %2: %3 requested, %4 available, %5 missing.</source>
        <translation>Not enough %1 on %2: %3 requested, %4 available, %5 missing.</translation>
    </message>
    <message>
        <source>The stock of %1 would become negative: nothing was recorded.</source>
        <translation>The stock of %1 would become negative: nothing was recorded.</translation>
    </message>
    <message>
        <source>%1 (lot %2) has already left the warehouse: the correction would leave %3 missing. Correct the later movements first.</source>
        <translation>%1 (lot %2) has already left the warehouse: the correction would leave %3 missing. Correct the later movements first.</translation>
    </message>
    <message>
        <source>without code</source>
        <translation>without code</translation>
    </message>
    <message>
        <source>The quantity must be greater than zero (not %1).</source>
        <translation>The quantity must be greater than zero (not %1).</translation>
    </message>
    <message>
        <source>The date is missing.</source>
        <translation>The date is missing.</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>The date %1 is in the future.</translation>
    </message>
    <message>
        <source>Unknown item (%1).</source>
        <translation>Unknown item (%1).</translation>
    </message>
    <message>
        <source>Unknown goods category (%1).</source>
        <translation>Unknown goods category (%1).</translation>
    </message>
    <message>
        <source>Unknown location (%1).</source>
        <translation>Unknown location (%1).</translation>
    </message>
    <message>
        <source>Unknown donor (%1).</source>
        <translation>Unknown donor (%1).</translation>
    </message>
    <message>
        <source>Unknown lot (%1).</source>
        <translation>Unknown lot (%1).</translation>
    </message>
    <message>
        <source>Unknown receipt (%1).</source>
        <translation>Unknown receipt (%1).</translation>
    </message>
    <message>
        <source>Unknown stock count (%1).</source>
        <translation>Unknown stock count (%1).</translation>
    </message>
    <message>
        <source>Unknown movement (%1).</source>
        <translation>Unknown movement (%1).</translation>
    </message>
    <message>
        <source>The location %1 is no longer in use.</source>
        <translation>The location %1 is no longer in use.</translation>
    </message>
    <message>
        <source>The item %1 is no longer in use.</source>
        <translation>The item %1 is no longer in use.</translation>
    </message>
    <message>
        <source>Write down the reason.</source>
        <translation>Write down the reason.</translation>
    </message>
    <message>
        <source>This movement has already been corrected.</source>
        <translation>This movement has already been corrected.</translation>
    </message>
    <message>
        <source>This movement is itself a correction: record a new movement instead.</source>
        <translation>This movement is itself a correction: record a new movement instead.</translation>
    </message>
    <message>
        <source>Nothing of %1 was issued to this document: nothing can come back.</source>
        <translation>Nothing of %1 was issued to this document: nothing can come back.</translation>
    </message>
    <message>
        <source>At most %1 of %2 can come back to the warehouse for this document.</source>
        <translation>At most %1 of %2 can come back to the warehouse for this document.</translation>
    </message>
    <message>
        <source>The goods are already in that location.</source>
        <translation>The goods are already in that location.</translation>
    </message>
    <message>
        <source>The receipt has no lines.</source>
        <translation>The receipt has no lines.</translation>
    </message>
    <message>
        <source>%1 expires: write the expiry date.</source>
        <translation>%1 expires: write the expiry date.</translation>
    </message>
    <message>
        <source>%1 expired on %2, before the receipt date %3: confirm to receive it and write it off at once.</source>
        <translation>%1 expired on %2, before the receipt date %3: confirm to receive it and write it off at once.</translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation>The name is missing.</translation>
    </message>
    <message>
        <source>The code is missing.</source>
        <translation>The code is missing.</translation>
    </message>
    <message>
        <source>«%1» already exists.</source>
        <translation>«%1» already exists.</translation>
    </message>
    <message>
        <source>The code «%1» is already used.</source>
        <translation>The code «%1» is already used.</translation>
    </message>
    <message>
        <source>%1 is food counted by the piece: write the weight of one piece, so that reports can give kg.</source>
        <translation>%1 is food counted by the piece: write the weight of one piece, so that reports can give kg.</translation>
    </message>
    <message>
        <source>Weight per piece and pieces per package are only for items counted by the piece.</source>
        <translation>Weight per piece and pieces per package are only for items counted by the piece.</translation>
    </message>
    <message>
        <source>The minimum level cannot be negative.</source>
        <translation>The minimum level cannot be negative.</translation>
    </message>
    <message>
        <source>%1 already has movements: its category and unit can no longer change. Create a new item instead.</source>
        <translation>%1 already has movements: its category and unit can no longer change. Create a new item instead.</translation>
    </message>
    <message>
        <source>%1 is not a kit counted by the piece: recipes are for items of a kit category.</source>
        <translation>%1 is not a kit counted by the piece: recipes are for items of a kit category.</translation>
    </message>
    <message>
        <source>A kit cannot contain itself (%1).</source>
        <translation>A kit cannot contain itself (%1).</translation>
    </message>
    <message>
        <source>%1 has no recipe: set its components first.</source>
        <translation>%1 has no recipe: set its components first.</translation>
    </message>
    <message>
        <source>There must be exactly one default location, and it must be in use.</source>
        <translation>There must be exactly one default location, and it must be in use.</translation>
    </message>
    <message>
        <source>«%1» is not a valid e-mail address.</source>
        <translation>«%1» is not a valid e-mail address.</translation>
    </message>
    <message>
        <source>The warning days must be between 0 and 365 (not %1).</source>
        <translation>The warning days must be between 0 and 365 (not %1).</translation>
    </message>
    <message>
        <source>This stock count is already closed.</source>
        <translation>This stock count is already closed.</translation>
    </message>
    <message>
        <source>The lot is already in this count.</source>
        <translation>The lot is already in this count.</translation>
    </message>
    <message>
        <source>the column «%1» (or «%2») is missing.</source>
        <translation>the column «%1» (or «%2») is missing.</translation>
    </message>
    <message>
        <source>«%1» is not a date: write it as dd/mm/yyyy.</source>
        <translation>«%1» is not a date: write it as dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>the field is empty.</source>
        <translation>the field is empty.</translation>
    </message>
    <message>
        <source>unknown donor «%1»: did you mean «%2»? Correct the name, or register the donor first.</source>
        <translation>unknown donor «%1»: did you mean «%2»? Correct the name, or register the donor first.</translation>
    </message>
    <message>
        <source>«%1» is a new donor: it will be created.</source>
        <translation>«%1» is a new donor: it will be created.</translation>
    </message>
    <message>
        <source>unknown item «%1».</source>
        <translation>unknown item «%1».</translation>
    </message>
    <message>
        <source>unknown item «%1». Did you mean: %2?</source>
        <translation>unknown item «%1». Did you mean: %2?</translation>
    </message>
    <message>
        <source>unknown category «%1».</source>
        <translation>unknown category «%1».</translation>
    </message>
    <message>
        <source>unknown category «%1». Did you mean: %2?</source>
        <translation>unknown category «%1». Did you mean: %2?</translation>
    </message>
    <message>
        <source>%1 belongs to «%2», not to «%3».</source>
        <translation>%1 belongs to «%2», not to «%3».</translation>
    </message>
    <message>
        <source>unknown location «%1».</source>
        <translation>unknown location «%1».</translation>
    </message>
    <message>
        <source>unknown location «%1». Did you mean: %2?</source>
        <translation>unknown location «%1». Did you mean: %2?</translation>
    </message>
    <message>
        <source>«%1» is not a unit: use kg, g, pz or colli.</source>
        <translation>«%1» is not a unit: use kg, g, pz or colli.</translation>
    </message>
    <message>
        <source>%1 cannot be counted in «%2».</source>
        <translation>%1 cannot be counted in «%2».</translation>
    </message>
    <message>
        <source>«%1» is not a quantity.</source>
        <translation>«%1» is not a quantity.</translation>
    </message>
    <message>
        <source>%1 expired on %2, before the receipt date %3: it will be received and written off.</source>
        <translation>%1 expired on %2, before the receipt date %3: it will be received and written off.</translation>
    </message>
    <message>
        <source>the file has no lines of goods.</source>
        <translation>the file has no lines of goods.</translation>
    </message>
    <message>
        <source>«%1» is not a kind of goods: food, dpi, kit or other.</source>
        <translation>«%1» is not a kind of goods: food, dpi, kit or other.</translation>
    </message>
    <message>
        <source>the catalogue has no items yet: create them in Warehouse › Master data, or all at once with the starter catalogue (Help › First-start guide).</source>
        <translation>the catalogue has no items yet: create them in Warehouse › Master data, or all at once with the starter catalogue (Help › First-start guide).</translation>
    </message>
    <message>
        <source>No item of the starter catalogue is chosen.</source>
        <translation>No item of the starter catalogue is chosen.</translation>
    </message>
    <message>
        <source>The starter catalogue shipped with the program cannot be read (%1).</source>
        <translation>The starter catalogue shipped with the program cannot be read (%1).</translation>
    </message>
    <message>
        <source>Item: required.</source>
        <translation>Item: required.</translation>
    </message>
    <message>
        <source>Quantity: required.</source>
        <translation>Quantity: required.</translation>
    </message>
    <message numerus="yes">
        <source>%n lot(s) still have no counted quantity.</source>
        <translation>
            <numerusform>%n lot still has no counted quantity.</numerusform>
            <numerusform>%n lots still have no counted quantity.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the file has %n error(s): nothing was imported.</source>
        <translation>
            <numerusform>the file has %n error: nothing was imported.</numerusform>
            <numerusform>the file has %n errors: nothing was imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stock::StockLabels</name>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Count adjustment</source>
        <translation>Count adjustment</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>Write-off</translation>
    </message>
    <message>
        <source>Used for kits</source>
        <translation>Used for kits</translation>
    </message>
    <message>
        <source>Kit assembly</source>
        <translation>Kit assembly</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>pcs</source>
        <translation>pcs</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Charity</source>
        <translation>Charity</translation>
    </message>
    <message>
        <source>Collection (spesa sospesa)</source>
        <translation>Collection (spesa sospesa)</translation>
    </message>
    <message>
        <source>Public body</source>
        <translation>Public body</translation>
    </message>
    <message>
        <source>Private person</source>
        <translation>Private person</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Warehouse</translation>
    </message>
    <message>
        <source>Colonna Mobile pole</source>
        <translation>Colonna Mobile pole</translation>
    </message>
    <message>
        <source>COC</source>
        <translation>COC</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>%1 pcs</source>
        <translation>%1 pcs</translation>
    </message>
    <message>
        <source>%1 (not in use)</source>
        <translation>%1 (not in use)</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Food</translation>
    </message>
    <message>
        <source>Protective equipment (DPI)</source>
        <translation>Protective equipment (DPI)</translation>
    </message>
    <message>
        <source>Kit</source>
        <translation>Kit</translation>
    </message>
</context>
<context>
    <name>stock::StockModule</name>
    <message>
        <source>Food in stock</source>
        <translation>Food in stock</translation>
    </message>
    <message>
        <source>first on %1</source>
        <translation>first on %1</translation>
    </message>
    <message>
        <source>Items under their minimum level</source>
        <translation>Items under their minimum level</translation>
    </message>
    <message>
        <source>see the Warehouse tab</source>
        <translation>see the Warehouse tab</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Warehouse</translation>
    </message>
    <message>
        <source>Lots issued beyond what they held</source>
        <translation>Lots issued beyond what they held</translation>
    </message>
    <message>
        <source>issued on two workstations while apart: count them (Stock count)</source>
        <translation>issued on two workstations while apart: count them (Stock count)</translation>
    </message>
    <message numerus="yes">
        <source>none within %Ln day(s)</source>
        <translation>
            <numerusform>none within %Ln day</numerusform>
            <numerusform>none within %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln expired lot(s) to write off</source>
        <translation>
            <numerusform>%Ln expired lot to write off</numerusform>
            <numerusform>%Ln expired lots to write off</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lots expiring within %Ln day(s)</source>
        <translation>
            <numerusform>Lots expiring within %Ln day</numerusform>
            <numerusform>Lots expiring within %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>DPI: %Ln piece(s)</source>
        <translation>
            <numerusform>DPI: %Ln piece</numerusform>
            <numerusform>DPI: %Ln pieces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stock::StockReports</name>
    <message>
        <source>Stock by category (kg)</source>
        <translation>Stock by category (kg)</translation>
    </message>
    <message>
        <source>Stock by item and lot</source>
        <translation>Stock by item and lot</translation>
    </message>
    <message>
        <source>Expiring and expired lots</source>
        <translation>Expiring and expired lots</translation>
    </message>
    <message>
        <source>Stock movements in a period</source>
        <translation>Stock movements in a period</translation>
    </message>
    <message>
        <source>Donations by donor</source>
        <translation>Donations by donor</translation>
    </message>
    <message>
        <source>Stock by category</source>
        <translation>Stock by category</translation>
    </message>
    <message>
        <source>Position at</source>
        <translation>Position at</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>Pieces</translation>
    </message>
    <message>
        <source>kg (known weights)</source>
        <translation>kg (known weights)</translation>
    </message>
    <message>
        <source>Food in stock by category (kg)</source>
        <translation>Food in stock by category (kg)</translation>
    </message>
    <message>
        <source>Total food</source>
        <translation>Total food</translation>
    </message>
    <message>
        <source>Total other goods</source>
        <translation>Total other goods</translation>
    </message>
    <message>
        <source>Goods in every location at the end of the day, food in kilograms (items counted by the piece are converted with their weight per piece).</source>
        <translation>Goods in every location at the end of the day, food in kilograms (items counted by the piece are converted with their weight per piece).</translation>
    </message>
    <message>
        <source>Of the food, %1 is past its expiry date and waiting to be written off.</source>
        <translation>Of the food, %1 is past its expiry date and waiting to be written off.</translation>
    </message>
    <message>
        <source>DPI, kits and other goods</source>
        <translation>DPI, kits and other goods</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donor</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n lot(s)</source>
        <translation>
            <numerusform>Total: %n lot</numerusform>
            <numerusform>Total: %n lots</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Expiring within</source>
        <translation>Expiring within</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>Stock movements</source>
        <translation>Stock movements</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Movement</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>%1 (reversal)</source>
        <translation>%1 (reversal)</translation>
    </message>
    <message>
        <source>receipt %1, line %2</source>
        <translation>receipt %1, line %2</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n movement(s)</source>
        <translation>
            <numerusform>Total: %n movement</numerusform>
            <numerusform>Total: %n movements</numerusform>
        </translation>
    </message>
    <message>
        <source>Weight in</source>
        <translation>Weight in</translation>
    </message>
    <message>
        <source>Weight out</source>
        <translation>Weight out</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <source>Donated kg by donor</source>
        <translation>Donated kg by donor</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n donor(s)</source>
        <translation>
            <numerusform>Total: %n donor</numerusform>
            <numerusform>Total: %n donors</numerusform>
        </translation>
    </message>
    <message>
        <source>Goods received in the period, net of corrections; weights of items counted by the piece from their weight per piece.</source>
        <translation>Goods received in the period, net of corrections; weights of items counted by the piece from their weight per piece.</translation>
    </message>
    <message>
        <source>Donation receipt no. %1</source>
        <translation>Donation receipt no. %1</translation>
    </message>
    <message>
        <source>tax code %1</source>
        <translation>tax code %1</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Date received</translation>
    </message>
    <message>
        <source>Donor's document</source>
        <translation>Donor's document</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Received at</translation>
    </message>
    <message>
        <source>CCV-MI warehouse, Parco Idroscalo</source>
        <translation>CCV-MI warehouse, Parco Idroscalo</translation>
    </message>
    <message>
        <source>The Comitato di Coordinamento dei Volontari di Protezione Civile della Città metropolitana di Milano (CCV-MI) acknowledges with thanks having received free of charge the following goods, which will be distributed to the comuni of the metropolitan city for people in need.</source>
        <translation>The Comitato di Coordinamento dei Volontari di Protezione Civile della Città metropolitana di Milano (CCV-MI) acknowledges with thanks having received free of charge the following goods, which will be distributed to the comuni of the metropolitan city for people in need.</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Goods</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>This receipt was cancelled: no goods remain recorded on it.</source>
        <translation>This receipt was cancelled: no goods remain recorded on it.</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notes: %1</translation>
    </message>
    <message>
        <source>Peschiera Borromeo, %1</source>
        <translation>Peschiera Borromeo, %1</translation>
    </message>
    <message>
        <source>For the CCV-MI (%1)</source>
        <translation>For the CCV-MI (%1)</translation>
    </message>
    <message>
        <source>For the donor</source>
        <translation>For the donor</translation>
    </message>
    <message>
        <source>Stock count sheet</source>
        <translation>Stock count sheet</translation>
    </message>
    <message>
        <source>Stock count result</source>
        <translation>Stock count result</translation>
    </message>
    <message>
        <source>Count date</source>
        <translation>Count date</translation>
    </message>
    <message>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Book quantity</source>
        <translation>Book quantity</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message numerus="yes">
        <source>%n lot(s)</source>
        <translation>
            <numerusform>%n lot</numerusform>
            <numerusform>%n lots</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the quantity found on the shelves for each lot (kg for goods by weight, pieces for the rest), and the reason of any difference. Lots found that are not listed go at the bottom.</source>
        <translation>Write the quantity found on the shelves for each lot (kg for goods by weight, pieces for the rest), and the reason of any difference. Lots found that are not listed go at the bottom.</translation>
    </message>
    <message numerus="yes">
        <source>%n lot(s) with a difference, recorded as count adjustments.</source>
        <translation>
            <numerusform>%n lot with a difference, recorded as a count adjustment.</numerusform>
            <numerusform>%n lots with a difference, recorded as count adjustments.</numerusform>
        </translation>
    </message>
    <message>
        <source>Counted by</source>
        <translation>Counted by</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Checked by</translation>
    </message>
    <message numerus="yes">
        <source>Past their expiry date (negative days left, to be written off): %n lot(s).</source>
        <translation>
            <numerusform>Past its expiry date (negative days left, to be written off): %n lot.</numerusform>
            <numerusform>Past their expiry date (negative days left, to be written off): %n lots.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expiring within the period: %n lot(s).</source>
        <translation>
            <numerusform>Expiring within the period: %n lot.</numerusform>
            <numerusform>Expiring within the period: %n lots.</numerusform>
        </translation>
    </message>
    <message>
        <source>delivery note</source>
        <translation>delivery note</translation>
    </message>
    <message>
        <source>delivery note %1</source>
        <translation>delivery note %1</translation>
    </message>
    <message>
        <source>stock count of %1</source>
        <translation>stock count of %1</translation>
    </message>
    <message>
        <source>stock count</source>
        <translation>stock count</translation>
    </message>
    <message>
        <source>kit assembly</source>
        <translation>kit assembly</translation>
    </message>
</context>
<context>
    <name>stock::StockSyncTexts</name>
    <message>
        <source>Stock movements</source>
        <translation>Stock movements</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Lots</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Donors</source>
        <translation>Donors</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Locations</translation>
    </message>
    <message>
        <source>Kit recipes</source>
        <translation>Kit recipes</translation>
    </message>
    <message>
        <source>Stock counts</source>
        <translation>Stock counts</translation>
    </message>
    <message>
        <source>Stock count lines</source>
        <translation>Stock count lines</translation>
    </message>
    <message>
        <source>Warehouse settings</source>
        <translation>Warehouse settings</translation>
    </message>
    <message>
        <source>Goods category added</source>
        <translation>Goods category added</translation>
    </message>
    <message>
        <source>Donor added</source>
        <translation>Donor added</translation>
    </message>
    <message>
        <source>Item added</source>
        <translation>Item added</translation>
    </message>
    <message>
        <source>Location added</source>
        <translation>Location added</translation>
    </message>
    <message>
        <source>Stock count cancelled</source>
        <translation>Stock count cancelled</translation>
    </message>
    <message>
        <source>Stock count closed</source>
        <translation>Stock count closed</translation>
    </message>
    <message>
        <source>Stock count opened</source>
        <translation>Stock count opened</translation>
    </message>
    <message>
        <source>Counted quantities recorded</source>
        <translation>Counted quantities recorded</translation>
    </message>
    <message>
        <source>Donor saved</source>
        <translation>Donor saved</translation>
    </message>
    <message>
        <source>Item saved</source>
        <translation>Item saved</translation>
    </message>
    <message>
        <source>Kits assembled</source>
        <translation>Kits assembled</translation>
    </message>
    <message>
        <source>Kit recipe saved</source>
        <translation>Kit recipe saved</translation>
    </message>
    <message>
        <source>Movement corrected</source>
        <translation>Movement corrected</translation>
    </message>
    <message>
        <source>Receipt cancelled</source>
        <translation>Receipt cancelled</translation>
    </message>
    <message>
        <source>Receipts imported</source>
        <translation>Receipts imported</translation>
    </message>
    <message>
        <source>Receipt recorded</source>
        <translation>Receipt recorded</translation>
    </message>
    <message>
        <source>Expiry warning days changed</source>
        <translation>Expiry warning days changed</translation>
    </message>
    <message>
        <source>Goods moved between locations</source>
        <translation>Goods moved between locations</translation>
    </message>
    <message>
        <source>Goods written off</source>
        <translation>Goods written off</translation>
    </message>
    <message>
        <source>Goods category saved</source>
        <translation>Goods category saved</translation>
    </message>
    <message>
        <source>Location saved</source>
        <translation>Location saved</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
</context>
<context>
    <name>stock::StockTab</name>
    <message>
        <source>New &amp;receipt...</source>
        <translation>New &amp;receipt...</translation>
    </message>
    <message>
        <source>&amp;Import receipts...</source>
        <translation>&amp;Import receipts...</translation>
    </message>
    <message>
        <source>Assemble &amp;kits...</source>
        <translation>Assemble &amp;kits...</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Stock by lot</source>
        <translation>Stock by lot</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>Movements</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <source>Stock counts</source>
        <translation>Stock counts</translation>
    </message>
    <message>
        <source>Master data</source>
        <translation>Master data</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Donation receipt</source>
        <translation>Donation receipt</translation>
    </message>
    <message>
        <source>Cancel the receipt</source>
        <translation>Cancel the receipt</translation>
    </message>
    <message>
        <source>Every line will be reversed (the receipt stays in the ledger).
Reason:</source>
        <translation>Every line will be reversed (the receipt stays in the ledger).
Reason:</translation>
    </message>
    <message>
        <source>Stock count</source>
        <translation>Stock count</translation>
    </message>
</context>
<context>
    <name>stock::Transfer</name>
    <message>
        <source>Cancelled with Undo</source>
        <translation>Cancelled with Undo</translation>
    </message>
    <message>
        <source>move of lot %1</source>
        <translation>move of lot %1</translation>
    </message>
</context>
<context>
    <name>stock::TransferDialog</name>
    <message>
        <source>Move to another location</source>
        <translation>Move to another location</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>pieces</source>
        <translation>pieces</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantity:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
</context>
<context>
    <name>stock::WriteOff</name>
    <message>
        <source>Cancelled with Undo</source>
        <translation>Cancelled with Undo</translation>
    </message>
    <message>
        <source>write-off of %1</source>
        <translation>write-off of %1</translation>
    </message>
</context>
<context>
    <name>stock::WriteOffDialog</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, lot %2, %3&lt;br/&gt;%4: %5 in stock</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, lot %2, %3&lt;br/&gt;%4: %5 in stock</translation>
    </message>
    <message>
        <source>without code</source>
        <translation>without code</translation>
    </message>
    <message>
        <source>expiry %1</source>
        <translation>expiry %1</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>no expiry</translation>
    </message>
    <message>
        <source>Write off</source>
        <translation>Write off</translation>
    </message>
    <message>
        <source>kg; empty: all of it</source>
        <translation>kg; empty: all of it</translation>
    </message>
    <message>
        <source>pieces; empty: all of it</source>
        <translation>pieces; empty: all of it</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Damaged packaging</source>
        <translation>Damaged packaging</translation>
    </message>
    <message>
        <source>Spoiled (cold chain broken)</source>
        <translation>Spoiled (cold chain broken)</translation>
    </message>
    <message>
        <source>Recalled by the producer</source>
        <translation>Recalled by the producer</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantity:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
</context>
<context>
    <name>tutoring::AssistantDialog</name>
    <message>
        <source>Study assistant %1</source>
        <translation>Study assistant %1</translation>
    </message>
    <message>
        <source>New study assistant</source>
        <translation>New study assistant</translation>
    </message>
    <message>
        <source>given automatically</source>
        <translation>given automatically</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>4th year</source>
        <translation>4th year</translation>
    </message>
    <message>
        <source>5th year</source>
        <translation>5th year</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Date of the course</source>
        <translation>Date of the course</translation>
    </message>
    <message>
        <source>Active (can be booked)</source>
        <translation>Active (can be booked)</translation>
    </message>
    <message>
        <source>Study assistant</source>
        <translation>Study assistant</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Family name:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Given name:</translation>
    </message>
    <message>
        <source>&amp;School:</source>
        <translation>&amp;School:</translation>
    </message>
    <message>
        <source>Cl&amp;ass:</source>
        <translation>Cl&amp;ass:</translation>
    </message>
    <message>
        <source>Comune of &amp;residence:</source>
        <translation>Comune of &amp;residence:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;Tutor:</source>
        <translation>&amp;Tutor:</translation>
    </message>
    <message>
        <source>Safety course:</source>
        <translation>Safety course:</translation>
    </message>
    <message>
        <source>PCTO hours:</source>
        <translation>PCTO hours:</translation>
    </message>
    <message>
        <source>%1 (%2 lesson hours given + %3 course hours)</source>
        <translation>%1 (%2 lesson hours given + %3 course hours)</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Subjects they can teach</source>
        <translation>Subjects they can teach</translation>
    </message>
    <message>
        <source>%1 (middle school)</source>
        <translation>%1 (middle school)</translation>
    </message>
    <message>
        <source>Weekly availability</source>
        <translation>Weekly availability</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The comune «%1» is not recognised: %2</source>
        <translation>The comune «%1» is not recognised: %2</translation>
    </message>
</context>
<context>
    <name>tutoring::AssistantsPage</name>
    <message>
        <source>Search by family name, given name or code</source>
        <translation>Search by family name, given name or code</translation>
    </message>
    <message>
        <source>Search study assistants</source>
        <translation>Search study assistants</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>All schools</translation>
    </message>
    <message>
        <source>Any course state</source>
        <translation>Any course state</translation>
    </message>
    <message>
        <source>Safety course: %1</source>
        <translation>Safety course: %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Safety course</source>
        <translation>Safety course</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Subjects</translation>
    </message>
    <message>
        <source>PCTO hours</source>
        <translation>PCTO hours</translation>
    </message>
    <message>
        <source>done on %1</source>
        <translation>done on %1</translation>
    </message>
    <message>
        <source>Study assistants</source>
        <translation>Study assistants</translation>
    </message>
    <message>
        <source>&amp;New assistant...</source>
        <translation>&amp;New assistant...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Edit...</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;PCTO statement of the school...</source>
        <translation>&amp;PCTO statement of the school...</translation>
    </message>
    <message>
        <source>Delete study assistant</source>
        <translation>Delete study assistant</translation>
    </message>
    <message>
        <source>Delete %1 (%2)? This cannot be undone.</source>
        <translation>Delete %1 (%2)? This cannot be undone.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln study assistant(s)</source>
        <translation>
            <numerusform>%Ln study assistant</numerusform>
            <numerusform>%Ln study assistants</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import from a spreadsheet...</source>
        <translation>&amp;Import from a spreadsheet...</translation>
    </message>
</context>
<context>
    <name>tutoring::BesAssignDialog</name>
    <message>
        <source>Assign a stable assistant</source>
        <translation>Assign a stable assistant</translation>
    </message>
    <message>
        <source>BES pupils need a stable reference person: the assistant is chosen by hand, outside the calendar, among those who did the safety course.</source>
        <translation>BES pupils need a stable reference person: the assistant is chosen by hand, outside the calendar, among those who did the safety course.</translation>
    </message>
    <message>
        <source>BES &amp;pupil:</source>
        <translation>BES &amp;pupil:</translation>
    </message>
    <message>
        <source>Stable &amp;assistant:</source>
        <translation>Stable &amp;assistant:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Assign</translation>
    </message>
</context>
<context>
    <name>tutoring::BesHoursDialog</name>
    <message>
        <source>Book BES hours</source>
        <translation>Book BES hours</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; with the stable assistant &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; with the stable assistant &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Hours refused</source>
        <translation>Hours refused</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Until:</translation>
    </message>
    <message>
        <source>On (when more than one day):</source>
        <translation>On (when more than one day):</translation>
    </message>
    <message>
        <source>&amp;Hour:</source>
        <translation>&amp;Hour:</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Book</translation>
    </message>
    <message>
        <source>Choose the weekdays between the two dates.</source>
        <translation>Choose the weekdays between the two dates.</translation>
    </message>
    <message>
        <source>%1 at %2:00 — %3</source>
        <translation>%1 at %2:00 — %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) to book, from %1 to %2.</source>
        <translation>
            <numerusform>%Ln hour to book, from %1 to %2.</numerusform>
            <numerusform>%Ln hours to book, from %1 to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutoring::BesPage</name>
    <message>
        <source>Search by the family name of the pupil or the assistant</source>
        <translation>Search by the family name of the pupil or the assistant</translation>
    </message>
    <message>
        <source>Search BES assignments</source>
        <translation>Search BES assignments</translation>
    </message>
    <message>
        <source>Assignments in force</source>
        <translation>Assignments in force</translation>
    </message>
    <message>
        <source>Every assignment</source>
        <translation>Every assignment</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Stable assistant</source>
        <translation>Stable assistant</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Hours booked</source>
        <translation>Hours booked</translation>
    </message>
    <message>
        <source>Hours given</source>
        <translation>Hours given</translation>
    </message>
    <message>
        <source>BES assignments</source>
        <translation>BES assignments</translation>
    </message>
    <message>
        <source>&amp;Assign a stable assistant...</source>
        <translation>&amp;Assign a stable assistant...</translation>
    </message>
    <message>
        <source>&amp;Book hours...</source>
        <translation>&amp;Book hours...</translation>
    </message>
    <message>
        <source>&amp;End the assignment...</source>
        <translation>&amp;End the assignment...</translation>
    </message>
    <message>
        <source>End the assignment</source>
        <translation>End the assignment</translation>
    </message>
    <message>
        <source>&amp;Last day with this assistant:</source>
        <translation>&amp;Last day with this assistant:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln assignment(s). BES hours are counted in the same totals as the calendar's, marked as BES.</source>
        <translation>
            <numerusform>%Ln assignment. BES hours are counted in the same totals as the calendar's, marked as BES.</numerusform>
            <numerusform>%Ln assignments. BES hours are counted in the same totals as the calendar's, marked as BES.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutoring::BookingDialog</name>
    <message>
        <source>Book a lesson</source>
        <translation>Book a lesson</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <source>Study assistant</source>
        <translation>Study assistant</translation>
    </message>
    <message>
        <source>optional, e.g. the topic agreed with the school</source>
        <translation>optional, e.g. the topic agreed with the school</translation>
    </message>
    <message>
        <source>Next free slots</source>
        <translation>Next free slots</translation>
    </message>
    <message>
        <source>Book this slot &amp;instead</source>
        <translation>Book this slot &amp;instead</translation>
    </message>
    <message>
        <source>&amp;Pupil:</source>
        <translation>&amp;Pupil:</translation>
    </message>
    <message>
        <source>&amp;Study assistant:</source>
        <translation>&amp;Study assistant:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Book</translation>
    </message>
    <message>
        <source>%1 · %2, %3</source>
        <translation>%1 · %2, %3</translation>
    </message>
    <message>
        <source>(no assistant free at this hour)</source>
        <translation>(no assistant free at this hour)</translation>
    </message>
    <message>
        <source>Choose the pupil.</source>
        <translation>Choose the pupil.</translation>
    </message>
    <message>
        <source>No assistant can take this slot: choose another slot.</source>
        <translation>No assistant can take this slot: choose another slot.</translation>
    </message>
    <message>
        <source>Not booked. %1</source>
        <translation>Not booked. %1</translation>
    </message>
    <message>
        <source>type or choose the pupil</source>
        <translation>type or choose the pupil</translation>
    </message>
    <message>
        <source>choose the assistant</source>
        <translation>choose the assistant</translation>
    </message>
    <message>
        <source>Choose the study assistant.</source>
        <translation>Choose the study assistant.</translation>
    </message>
</context>
<context>
    <name>tutoring::CalendarPage</name>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <source>Choose a pupil to see which slots they can take</source>
        <translation>Choose a pupil to see which slots they can take</translation>
    </message>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>Previous month (Page Up)</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>Next month (Page Down)</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Next month</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <source>P&amp;upil:</source>
        <translation>P&amp;upil:</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Assistants free / lessons</source>
        <translation>Assistants free / lessons</translation>
    </message>
    <message>
        <source>Slots of the day</source>
        <translation>Slots of the day</translation>
    </message>
    <message>
        <source>&amp;Book this slot...</source>
        <translation>&amp;Book this slot...</translation>
    </message>
    <message>
        <source>&amp;Next free slots for the pupil</source>
        <translation>&amp;Next free slots for the pupil</translation>
    </message>
    <message>
        <source>Next free slots</source>
        <translation>Next free slots</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keyboard:&lt;/b&gt; arrows move between days and slots, Page Up/Down change month, Enter books the slot. Green: free slots (number of assistants free); grey: full or past; orange: the pupil cannot take it.</source>
        <translation>&lt;b&gt;Keyboard:&lt;/b&gt; arrows move between days and slots, Page Up/Down change month, Enter books the slot. Green: free slots (number of assistants free); grey: full or past; orange: the pupil cannot take it.</translation>
    </message>
    <message>
        <source>(any pupil)</source>
        <translation>(any pupil)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Service period «%1»: %2 to %3, %4; slots %5.</source>
        <translation>Service period «%1»: %2 to %3, %4; slots %5.</translation>
    </message>
    <message>
        <source>No service period is set up: use «Period and slots...» to create one.</source>
        <translation>No service period is set up: use «Period and slots...» to create one.</translation>
    </message>
    <message>
        <source>No service on this day</source>
        <translation>No service on this day</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Choose the pupil first.</source>
        <translation>Choose the pupil first.</translation>
    </message>
    <message>
        <source>No free slot left in the service period.</source>
        <translation>No free slot left in the service period.</translation>
    </message>
</context>
<context>
    <name>tutoring::ComuneField</name>
    <message>
        <source>Any Italian comune, e.g. Cisliano or Limbiate (MB)</source>
        <translation>Any Italian comune, e.g. Cisliano or Limbiate (MB)</translation>
    </message>
    <message>
        <source>→ %1 (former name)</source>
        <translation>→ %1 (former name)</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>→ %1 (corrected from «%2»)</source>
        <translation>→ %1 (corrected from «%2»)</translation>
    </message>
    <message>
        <source>More than one comune: %1. Add the province, e.g. «Name (MI)».</source>
        <translation>More than one comune: %1. Add the province, e.g. «Name (MI)».</translation>
    </message>
    <message>
        <source>Unknown comune.</source>
        <translation>Unknown comune.</translation>
    </message>
    <message>
        <source>Unknown comune. Did you mean: %1?</source>
        <translation>Unknown comune. Did you mean: %1?</translation>
    </message>
</context>
<context>
    <name>tutoring::ImportDialog</name>
    <message>
        <source>Pupils</source>
        <translation>Pupils</translation>
    </message>
    <message>
        <source>Study assistants</source>
        <translation>Study assistants</translation>
    </message>
    <message>
        <source>Bookings (with their outcome, if known)</source>
        <translation>Bookings (with their outcome, if known)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>&amp;Choose...</source>
        <translation>&amp;Choose...</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Next free slots</source>
        <translation>Next free slots</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <source>C&amp;heck (writes nothing)</source>
        <translation>C&amp;heck (writes nothing)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Columns: code, family_name (cognome), given_name (nome), birth_year, school_order (media/superiore), class_year, school, comune, parent_name, parent_phone, parent_email, bes (sì/no), consent_on (date or sì), notes. Pupils with a code already on record are updated.</source>
        <translation>Columns: code, family_name (cognome), given_name (nome), birth_year, school_order (media/superiore), class_year, school, comune, parent_name, parent_phone, parent_email, bes (sì/no), consent_on (date or sì), notes. Pupils with a code already on record are updated.</translation>
    </message>
    <message>
        <source>Columns: code, family_name, given_name, school (one of the 16), class_year (4/5), comune, email, phone, subjects (separated by ;), safety_course (svolto/iscritto/no), safety_course_on, availability (e.g. «lun 15-18; mer 16»), tutor (code).</source>
        <translation>Columns: code, family_name, given_name, school (one of the 16), class_year (4/5), comune, email, phone, subjects (separated by ;), safety_course (svolto/iscritto/no), safety_course_on, availability (e.g. «lun 15-18; mer 16»), tutor (code).</translation>
    </message>
    <message>
        <source>Columns: pupil_code, subject, assistant_code, date, hour, outcome (svolta/assente/annullata, optional), tutor_code (who stood in), note. Every booking rule is checked; BES pupils' hours go on their assignment.</source>
        <translation>Columns: pupil_code, subject, assistant_code, date, hour, outcome (svolta/assente/annullata, optional), tutor_code (who stood in), note. Every booking rule is checked; BES pupils' hours go on their assignment.</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;What:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln comune name(s) read as another, listed below: check them.</source>
        <translation>
            <numerusform>%Ln comune name read as another, listed below: check it.</numerusform>
            <numerusform>%Ln comune names read as another, listed below: check them.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in %2: nothing was written. Correct the file and check it again.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; in %2: nothing was written. Correct the file and check it again.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln problem</numerusform>
            <numerusform>%Ln problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;No problems&lt;/b&gt; in %1: %2 to create, %3 to update. Nothing was written yet: press Import.</source>
        <translation>&lt;b&gt;No problems&lt;/b&gt; in %1: %2 to create, %3 to update. Nothing was written yet: press Import.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Imported&lt;/b&gt;: %1, %2, %3.</source>
        <translation>&lt;b&gt;Imported&lt;/b&gt;: %1, %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln created</source>
        <translation>
            <numerusform>%Ln created</numerusform>
            <numerusform>%Ln created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln updated</numerusform>
            <numerusform>%Ln updated</numerusform>
        </translation>
    </message>
    <message>
        <source>Import from a spreadsheet</source>
        <translation>Import from a spreadsheet</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>File to import</translation>
    </message>
</context>
<context>
    <name>tutoring::Labels</name>
    <message>
        <source>High school</source>
        <translation>High school</translation>
    </message>
    <message>
        <source>Middle school</source>
        <translation>Middle school</translation>
    </message>
    <message>
        <source>year %1 of high school</source>
        <translation>year %1 of high school</translation>
    </message>
    <message>
        <source>year %1 of middle school</source>
        <translation>year %1 of middle school</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Not enrolled</translation>
    </message>
    <message>
        <source>Retired teacher</source>
        <translation>Retired teacher</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>BES assignment</source>
        <translation>BES assignment</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Pupil absent</source>
        <translation>Pupil absent</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
</context>
<context>
    <name>tutoring::LessonCommands</name>
    <message>
        <source>booking of the lesson of %1</source>
        <translation>booking of the lesson of %1</translation>
    </message>
    <message numerus="yes">
        <source>booking of %n BES hour(s)</source>
        <translation>
            <numerusform>booking of %n BES hour</numerusform>
            <numerusform>booking of %n BES hours</numerusform>
        </translation>
    </message>
    <message>
        <source>outcome of lesson %1</source>
        <translation>outcome of lesson %1</translation>
    </message>
    <message>
        <source>cancellation of lesson %1</source>
        <translation>cancellation of lesson %1</translation>
    </message>
</context>
<context>
    <name>tutoring::LessonsModel</name>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hour</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <source>Study assistant</source>
        <translation>Study assistant</translation>
    </message>
    <message>
        <source>Booked on</source>
        <translation>Booked on</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Stand-in tutor</source>
        <translation>Stand-in tutor</translation>
    </message>
</context>
<context>
    <name>tutoring::LessonsPage</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>All subjects</source>
        <translation>All subjects</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Every outcome</source>
        <translation>Every outcome</translation>
    </message>
    <message>
        <source>Waiting for the outcome (past)</source>
        <translation>Waiting for the outcome (past)</translation>
    </message>
    <message>
        <source>Booked, no outcome</source>
        <translation>Booked, no outcome</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>Pupil absent</source>
        <translation>Pupil absent</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Booked on</source>
        <translation>Booked on</translation>
    </message>
    <message>
        <source>Calendar and BES</source>
        <translation>Calendar and BES</translation>
    </message>
    <message>
        <source>Calendar only</source>
        <translation>Calendar only</translation>
    </message>
    <message>
        <source>BES only</source>
        <translation>BES only</translation>
    </message>
    <message>
        <source>Family name or code of pupil or assistant</source>
        <translation>Family name or code of pupil or assistant</translation>
    </message>
    <message>
        <source>Search lessons</source>
        <translation>Search lessons</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <source>Record &amp;outcome...</source>
        <translation>Record &amp;outcome...</translation>
    </message>
    <message>
        <source>&amp;Cancel the booking...</source>
        <translation>&amp;Cancel the booking...</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Outcome history</source>
        <translation>Outcome history</translation>
    </message>
    <message>
        <source>History of the selected lesson (every entry is kept):</source>
        <translation>History of the selected lesson (every entry is kept):</translation>
    </message>
    <message>
        <source>Correct the &amp;outcome...</source>
        <translation>Correct the &amp;outcome...</translation>
    </message>
    <message>
        <source>booking</source>
        <translation>booking</translation>
    </message>
    <message>
        <source>%1 (stand-in: %2)</source>
        <translation>%1 (stand-in: %2)</translation>
    </message>
    <message>
        <source>correction: %1</source>
        <translation>correction: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lesson(s)</source>
        <translation>
            <numerusform>%Ln lesson</numerusform>
            <numerusform>%Ln lessons</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutoring::OutcomeDialog</name>
    <message>
        <source>Correct the outcome</source>
        <translation>Correct the outcome</translation>
    </message>
    <message>
        <source>Record the outcome</source>
        <translation>Record the outcome</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1, %2&lt;/b&gt;&lt;br/&gt;%3 with %4</source>
        <translation>&lt;b&gt;%1, %2&lt;/b&gt;&lt;br/&gt;%3 with %4</translation>
    </message>
    <message>
        <source>Outcome in force: &lt;b&gt;%1&lt;/b&gt;. The correction is recorded as a new entry; the previous one stays in the history.</source>
        <translation>Outcome in force: &lt;b&gt;%1&lt;/b&gt;. The correction is recorded as a new entry; the previous one stays in the history.</translation>
    </message>
    <message>
        <source>No outcome recorded yet.</source>
        <translation>No outcome recorded yet.</translation>
    </message>
    <message>
        <source>&amp;Given by the assistant</source>
        <translation>&amp;Given by the assistant</translation>
    </message>
    <message>
        <source>Given by a &amp;tutor standing in</source>
        <translation>Given by a &amp;tutor standing in</translation>
    </message>
    <message>
        <source>Pupil &amp;absent</source>
        <translation>Pupil &amp;absent</translation>
    </message>
    <message>
        <source>&amp;Cancelled</source>
        <translation>&amp;Cancelled</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <source>T&amp;utor:</source>
        <translation>T&amp;utor:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Record the &amp;correction</source>
        <translation>Record the &amp;correction</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>The lesson has not taken place yet: it can only be cancelled.</source>
        <translation>The lesson has not taken place yet: it can only be cancelled.</translation>
    </message>
</context>
<context>
    <name>tutoring::PeopleCommands</name>
    <message>
        <source>Save pupil %1</source>
        <translation>Save pupil %1</translation>
    </message>
    <message>
        <source>Save study assistant %1</source>
        <translation>Save study assistant %1</translation>
    </message>
    <message>
        <source>Save tutor %1</source>
        <translation>Save tutor %1</translation>
    </message>
</context>
<context>
    <name>tutoring::PeriodDialog</name>
    <message>
        <source>Service period and slots</source>
        <translation>Service period and slots</translation>
    </message>
    <message>
        <source>New service period</source>
        <translation>New service period</translation>
    </message>
    <message>
        <source>Lessons last one hour. The published service ran Monday to Saturday from 15:00 to 18:30: slots at 15, 16 and 17.</source>
        <translation>Lessons last one hour. The published service ran Monday to Saturday from 15:00 to 18:30: slots at 15, 16 and 17.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;First day:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Last day:</translation>
    </message>
    <message>
        <source>Days of service:</source>
        <translation>Days of service:</translation>
    </message>
    <message>
        <source>Slots starting at:</source>
        <translation>Slots starting at:</translation>
    </message>
</context>
<context>
    <name>tutoring::PupilDialog</name>
    <message>
        <source>Pupil %1</source>
        <translation>Pupil %1</translation>
    </message>
    <message>
        <source>New pupil</source>
        <translation>New pupil</translation>
    </message>
    <message>
        <source>given automatically</source>
        <translation>given automatically</translation>
    </message>
    <message>
        <source>the school the pupil attends</source>
        <translation>the school the pupil attends</translation>
    </message>
    <message>
        <source>Special educational needs (BES): a stable assistant is assigned by hand</source>
        <translation>Special educational needs (BES): a stable assistant is assigned by hand</translation>
    </message>
    <message>
        <source>Consent received on</source>
        <translation>Consent received on</translation>
    </message>
    <message>
        <source>Active (uses the service)</source>
        <translation>Active (uses the service)</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Family name:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Given name:</translation>
    </message>
    <message>
        <source>&amp;Year of birth:</source>
        <translation>&amp;Year of birth:</translation>
    </message>
    <message>
        <source>School &amp;order and class:</source>
        <translation>School &amp;order and class:</translation>
    </message>
    <message>
        <source>Sc&amp;hool:</source>
        <translation>Sc&amp;hool:</translation>
    </message>
    <message>
        <source>Comune of &amp;residence:</source>
        <translation>Comune of &amp;residence:</translation>
    </message>
    <message>
        <source>Parent (who booked)</source>
        <translation>Parent (who booked)</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Personal data of a minor: it is shown only here and in the booking screens, and leaves the program only in aggregate reports.</source>
        <translation>Personal data of a minor: it is shown only here and in the booking screens, and leaves the program only in aggregate reports.</translation>
    </message>
    <message>
        <source>The comune «%1» is not recognised: %2</source>
        <translation>The comune «%1» is not recognised: %2</translation>
    </message>
</context>
<context>
    <name>tutoring::PupilsPage</name>
    <message>
        <source>Search by family name, given name or code</source>
        <translation>Search by family name, given name or code</translation>
    </message>
    <message>
        <source>Search pupils</source>
        <translation>Search pupils</translation>
    </message>
    <message>
        <source>Middle and high school</source>
        <translation>Middle and high school</translation>
    </message>
    <message>
        <source>Active pupils</source>
        <translation>Active pupils</translation>
    </message>
    <message>
        <source>BES pupils</source>
        <translation>BES pupils</translation>
    </message>
    <message>
        <source>Without consent</source>
        <translation>Without consent</translation>
    </message>
    <message>
        <source>Everyone, also inactive</source>
        <translation>Everyone, also inactive</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Comune of residence</source>
        <translation>Comune of residence</translation>
    </message>
    <message>
        <source>BES</source>
        <translation>BES</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Hours booked</source>
        <translation>Hours booked</translation>
    </message>
    <message>
        <source>Hours given</source>
        <translation>Hours given</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Pupils</translation>
    </message>
    <message>
        <source>&amp;New pupil...</source>
        <translation>&amp;New pupil...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Edit...</translation>
    </message>
    <message>
        <source>&amp;Book on the calendar</source>
        <translation>&amp;Book on the calendar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Delete pupil</source>
        <translation>Delete pupil</translation>
    </message>
    <message>
        <source>Delete %1 (%2)? This cannot be undone.</source>
        <translation>Delete %1 (%2)? This cannot be undone.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pupil(s)</source>
        <translation>
            <numerusform>%Ln pupil</numerusform>
            <numerusform>%Ln pupils</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import from a spreadsheet...</source>
        <translation>&amp;Import from a spreadsheet...</translation>
    </message>
</context>
<context>
    <name>tutoring::ReportsPage</name>
    <message>
        <source>Only lessons &amp;from</source>
        <translation>Only lessons &amp;from</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>The service in figures (from the records)</source>
        <translation>The service in figures (from the records)</translation>
    </message>
    <message>
        <source>Hours booked</source>
        <translation>Hours booked</translation>
    </message>
    <message>
        <source>of which for BES pupils</source>
        <translation>of which for BES pupils</translation>
    </message>
    <message>
        <source>Hours given</source>
        <translation>Hours given</translation>
    </message>
    <message>
        <source>of which by a tutor standing in</source>
        <translation>of which by a tutor standing in</translation>
    </message>
    <message>
        <source>Pupil absent</source>
        <translation>Pupil absent</translation>
    </message>
    <message>
        <source>Outcome not yet recorded</source>
        <translation>Outcome not yet recorded</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Pupils</translation>
    </message>
    <message>
        <source>Comuni of residence</source>
        <translation>Comuni of residence</translation>
    </message>
    <message>
        <source>Study assistants</source>
        <translation>Study assistants</translation>
    </message>
    <message>
        <source>Safety course done / enrolled</source>
        <translation>Safety course done / enrolled</translation>
    </message>
    <message>
        <source>Tutors</source>
        <translation>Tutors</translation>
    </message>
    <message>
        <source>Cancelled (not counted)</source>
        <translation>Cancelled (not counted)</translation>
    </message>
    <message>
        <source>Hours booked and given by week</source>
        <translation>Hours booked and given by week</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Preview and print</source>
        <translation>Preview and print</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>CSV (aggregate)</source>
        <translation>CSV (aggregate)</translation>
    </message>
    <message>
        <source>School of the PCTO statement</source>
        <translation>School of the PCTO statement</translation>
    </message>
    <message>
        <source>PCTO statement of this &amp;school...</source>
        <translation>PCTO statement of this &amp;school...</translation>
    </message>
    <message>
        <source>PCTO statement for one school:</source>
        <translation>PCTO statement for one school:</translation>
    </message>
    <message>
        <source>CSV files carry aggregate figures only: pupils' data never leaves the program.</source>
        <translation>CSV files carry aggregate figures only: pupils' data never leaves the program.</translation>
    </message>
    <message>
        <source>%1 (%2 BES)</source>
        <translation>%1 (%2 BES)</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>PCTO statement</source>
        <translation>PCTO statement</translation>
    </message>
    <message>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 from %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln comune(s)</source>
        <translation>
            <numerusform>%Ln comune</numerusform>
            <numerusform>%Ln comuni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutoring::ServiceCommands</name>
    <message>
        <source>service period %1</source>
        <translation>service period %1</translation>
    </message>
    <message>
        <source>end of the BES assignment on %1</source>
        <translation>end of the BES assignment on %1</translation>
    </message>
</context>
<context>
    <name>tutoring::SlotCalendarWidget</name>
    <message>
        <source>Booking calendar</source>
        <translation>Booking calendar</translation>
    </message>
    <message>
        <source>full</source>
        <translation>full</translation>
    </message>
    <message>
        <source>pupil busy</source>
        <translation>pupil busy</translation>
    </message>
    <message>
        <source>hour taken today</source>
        <translation>hour taken today</translation>
    </message>
    <message>
        <source>past</source>
        <translation>past</translation>
    </message>
    <message>
        <source>%1: no service</source>
        <translation>%1: no service</translation>
    </message>
    <message>
        <source>no service</source>
        <translation>no service</translation>
    </message>
    <message>
        <source>Slot %1:00 selected. %2</source>
        <translation>Slot %1:00 selected. %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln free</source>
        <translation>
            <numerusform>%Ln free</numerusform>
            <numerusform>%Ln free</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%Ln booked)</source>
        <translation>
            <numerusform> (%Ln booked)</numerusform>
            <numerusform> (%Ln booked)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutoring::TutorDialog</name>
    <message>
        <source>Tutor %1</source>
        <translation>Tutor %1</translation>
    </message>
    <message>
        <source>New tutor</source>
        <translation>New tutor</translation>
    </message>
    <message>
        <source>given automatically</source>
        <translation>given automatically</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Family name:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Given name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
</context>
<context>
    <name>tutoring::TutoringErrorText</name>
    <message>
        <source>Service period</source>
        <translation>Service period</translation>
    </message>
    <message>
        <source>Days of service</source>
        <translation>Days of service</translation>
    </message>
    <message>
        <source>Slot hours</source>
        <translation>Slot hours</translation>
    </message>
    <message>
        <source>Slot already started</source>
        <translation>Slot already started</translation>
    </message>
    <message>
        <source>One hour of the same subject a day</source>
        <translation>One hour of the same subject a day</translation>
    </message>
    <message>
        <source>No double booking</source>
        <translation>No double booking</translation>
    </message>
    <message>
        <source>Subject and school order</source>
        <translation>Subject and school order</translation>
    </message>
    <message>
        <source>Health-and-safety course</source>
        <translation>Health-and-safety course</translation>
    </message>
    <message>
        <source>Assistant's subjects</source>
        <translation>Assistant's subjects</translation>
    </message>
    <message>
        <source>Assistant's availability</source>
        <translation>Assistant's availability</translation>
    </message>
    <message>
        <source>Assistant free</source>
        <translation>Assistant free</translation>
    </message>
    <message>
        <source>BES pupils</source>
        <translation>BES pupils</translation>
    </message>
    <message>
        <source>Parental consent</source>
        <translation>Parental consent</translation>
    </message>
    <message>
        <source>Active people only</source>
        <translation>Active people only</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>family name</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>given name</translation>
    </message>
    <message>
        <source>year of birth</source>
        <translation>year of birth</translation>
    </message>
    <message>
        <source>class</source>
        <translation>class</translation>
    </message>
    <message>
        <source>comune of residence</source>
        <translation>comune of residence</translation>
    </message>
    <message>
        <source>school</source>
        <translation>school</translation>
    </message>
    <message>
        <source>parent's e-mail</source>
        <translation>parent's e-mail</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>date of consent</source>
        <translation>date of consent</translation>
    </message>
    <message>
        <source>date of the course</source>
        <translation>date of the course</translation>
    </message>
    <message>
        <source>subjects</source>
        <translation>subjects</translation>
    </message>
    <message>
        <source>%1 is outside every service period: no period is set up.</source>
        <translation>%1 is outside every service period: no period is set up.</translation>
    </message>
    <message>
        <source>%1 is outside the service period (%2 to %3).</source>
        <translation>%1 is outside the service period (%2 to %3).</translation>
    </message>
    <message>
        <source>there is no service on %1; the service runs on: %2.</source>
        <translation>there is no service on %1; the service runs on: %2.</translation>
    </message>
    <message>
        <source>%1 is not a slot; lessons start at %2.</source>
        <translation>%1 is not a slot; lessons start at %2.</translation>
    </message>
    <message>
        <source>the lesson of %1 at %2 has already started.</source>
        <translation>the lesson of %1 at %2 has already started.</translation>
    </message>
    <message>
        <source>%1 already has an hour of %2 on %3.</source>
        <translation>%1 already has an hour of %2 on %3.</translation>
    </message>
    <message>
        <source>%1 already has a lesson on %2 at %3.</source>
        <translation>%1 already has a lesson on %2 at %3.</translation>
    </message>
    <message>
        <source>%1 is a subject for %2; %3 attends %4.</source>
        <translation>%1 is a subject for %2; %3 attends %4.</translation>
    </message>
    <message>
        <source>%1 has not done the health-and-safety course yet (%2) and cannot give lessons.</source>
        <translation>%1 has not done the health-and-safety course yet (%2) and cannot give lessons.</translation>
    </message>
    <message>
        <source>%1 did the health-and-safety course on %2, after %3.</source>
        <translation>%1 did the health-and-safety course on %2, after %3.</translation>
    </message>
    <message>
        <source>%1 does not teach %2.</source>
        <translation>%1 does not teach %2.</translation>
    </message>
    <message>
        <source>%1 is not available on %2 at %3 (weekly availability).</source>
        <translation>%1 is not available on %2 at %3 (weekly availability).</translation>
    </message>
    <message>
        <source>%1 is a BES pupil: book the hours on the stable assistant's assignment (BES page), not on the calendar.</source>
        <translation>%1 is a BES pupil: book the hours on the stable assistant's assignment (BES page), not on the calendar.</translation>
    </message>
    <message>
        <source>%1 is not marked as a BES pupil.</source>
        <translation>%1 is not marked as a BES pupil.</translation>
    </message>
    <message>
        <source>on %3 %1 has no BES assignment with %2.</source>
        <translation>on %3 %1 has no BES assignment with %2.</translation>
    </message>
    <message>
        <source>the parent's consent for %1 has not been recorded.</source>
        <translation>the parent's consent for %1 has not been recorded.</translation>
    </message>
    <message>
        <source>%1 is no longer active.</source>
        <translation>%1 is no longer active.</translation>
    </message>
    <message>
        <source>The pupil was not found (id %1).</source>
        <translation>The pupil was not found (id %1).</translation>
    </message>
    <message>
        <source>The subject was not found (id %1).</source>
        <translation>The subject was not found (id %1).</translation>
    </message>
    <message>
        <source>The study assistant was not found (id %1).</source>
        <translation>The study assistant was not found (id %1).</translation>
    </message>
    <message>
        <source>Give the service period a name.</source>
        <translation>Give the service period a name.</translation>
    </message>
    <message>
        <source>The dates are missing or reversed: the first day must come before the last.</source>
        <translation>The dates are missing or reversed: the first day must come before the last.</translation>
    </message>
    <message>
        <source>Choose at least one day of the week.</source>
        <translation>Choose at least one day of the week.</translation>
    </message>
    <message>
        <source>Give at least one slot start hour between 0 and 23.</source>
        <translation>Give at least one slot start hour between 0 and 23.</translation>
    </message>
    <message>
        <source>The dates overlap the service period «%1».</source>
        <translation>The dates overlap the service period «%1».</translation>
    </message>
    <message>
        <source>The %1 is missing.</source>
        <translation>The %1 is missing.</translation>
    </message>
    <message>
        <source>Study assistants attend the 4th or 5th year (not %1).</source>
        <translation>Study assistants attend the 4th or 5th year (not %1).</translation>
    </message>
    <message>
        <source>%1 is not a plausible year of birth for a pupil.</source>
        <translation>%1 is not a plausible year of birth for a pupil.</translation>
    </message>
    <message>
        <source>«%1» is not a valid e-mail address.</source>
        <translation>«%1» is not a valid e-mail address.</translation>
    </message>
    <message>
        <source>Give the date on which the health-and-safety course was done.</source>
        <translation>Give the date on which the health-and-safety course was done.</translation>
    </message>
    <message>
        <source>The course cannot be done on %1, a day still to come: mark it as enrolled.</source>
        <translation>The course cannot be done on %1, a day still to come: mark it as enrolled.</translation>
    </message>
    <message>
        <source>The consent cannot be dated %1, a day still to come.</source>
        <translation>The consent cannot be dated %1, a day still to come.</translation>
    </message>
    <message>
        <source>The code %1 is already used by someone else.</source>
        <translation>The code %1 is already used by someone else.</translation>
    </message>
    <message>
        <source>Choose one of the 16 schools of the project.</source>
        <translation>Choose one of the 16 schools of the project.</translation>
    </message>
    <message>
        <source>%1 has lessons or assignments on record and cannot be deleted: mark them as no longer active.</source>
        <translation>%1 has lessons or assignments on record and cannot be deleted: mark them as no longer active.</translation>
    </message>
    <message>
        <source>The record was not found (it may have been deleted on another workstation).</source>
        <translation>The record was not found (it may have been deleted on another workstation).</translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation>Choose at least one day.</translation>
    </message>
    <message>
        <source>The lesson of %1 at %2 already has an outcome: correct it instead.</source>
        <translation>The lesson of %1 at %2 already has an outcome: correct it instead.</translation>
    </message>
    <message>
        <source>The lesson has no outcome to correct yet.</source>
        <translation>The lesson has no outcome to correct yet.</translation>
    </message>
    <message>
        <source>The lesson of %1 at %2 has not taken place yet: only a cancellation can be recorded now.</source>
        <translation>The lesson of %1 at %2 has not taken place yet: only a cancellation can be recorded now.</translation>
    </message>
    <message>
        <source>The correction says the same as the outcome in force.</source>
        <translation>The correction says the same as the outcome in force.</translation>
    </message>
    <message>
        <source>Choose the tutor who stood in.</source>
        <translation>Choose the tutor who stood in.</translation>
    </message>
    <message>
        <source>The slot of %1 at %2 was given to another lesson after the cancellation: the lesson cannot be restored.</source>
        <translation>The slot of %1 at %2 was given to another lesson after the cancellation: the lesson cannot be restored.</translation>
    </message>
    <message>
        <source>Choose what happened: given, pupil absent or cancelled.</source>
        <translation>Choose what happened: given, pupil absent or cancelled.</translation>
    </message>
    <message>
        <source>The pupil already has a stable assistant from %1: end that assignment first.</source>
        <translation>The pupil already has a stable assistant from %1: end that assignment first.</translation>
    </message>
    <message>
        <source>the file has no records under its header.</source>
        <translation>the file has no records under its header.</translation>
    </message>
    <message>
        <source>the code %1 already appears on line %2 of this file.</source>
        <translation>the code %1 already appears on line %2 of this file.</translation>
    </message>
    <message>
        <source>«%1» read as %2.</source>
        <translation>«%1» read as %2.</translation>
    </message>
    <message>
        <source>«%1» is not a number.</source>
        <translation>«%1» is not a number.</translation>
    </message>
    <message>
        <source>«%1»: write sì or no.</source>
        <translation>«%1»: write sì or no.</translation>
    </message>
    <message>
        <source>«%1» is not a school order: write media or superiore.</source>
        <translation>«%1» is not a school order: write media or superiore.</translation>
    </message>
    <message>
        <source>«%1» is not one of the schools of the project: %2.</source>
        <translation>«%1» is not one of the schools of the project: %2.</translation>
    </message>
    <message>
        <source>«%1» is not a subject; the subjects are: %2.</source>
        <translation>«%1» is not a subject; the subjects are: %2.</translation>
    </message>
    <message>
        <source>«%1» is not an availability: write for example «lun 15-18; mer 16».</source>
        <translation>«%1» is not an availability: write for example «lun 15-18; mer 16».</translation>
    </message>
    <message>
        <source>«%1» is not a course state: write svolto, iscritto or no.</source>
        <translation>«%1» is not a course state: write svolto, iscritto or no.</translation>
    </message>
    <message>
        <source>«%1» is not an hour: write for example 15 or 15:00.</source>
        <translation>«%1» is not an hour: write for example 15 or 15:00.</translation>
    </message>
    <message>
        <source>«%1» is not an outcome: write svolta, assente or annullata (or leave it empty).</source>
        <translation>«%1» is not an outcome: write svolta, assente or annullata (or leave it empty).</translation>
    </message>
    <message>
        <source>no pupil has the code %1: import the pupils first.</source>
        <translation>no pupil has the code %1: import the pupils first.</translation>
    </message>
    <message>
        <source>no study assistant has the code %1: import the assistants first.</source>
        <translation>no study assistant has the code %1: import the assistants first.</translation>
    </message>
    <message>
        <source>no tutor has the code %1.</source>
        <translation>no tutor has the code %1.</translation>
    </message>
    <message>
        <source>a tutor (%1) can only be given for a lesson that was given.</source>
        <translation>a tutor (%1) can only be given for a lesson that was given.</translation>
    </message>
    <message>
        <source>%1 is a BES pupil with no stable assistant assigned on %2: assign one first.</source>
        <translation>%1 is a BES pupil with no stable assistant assigned on %2: assign one first.</translation>
    </message>
    <message>
        <source>The demo data could not place every hour.</source>
        <translation>The demo data could not place every hour.</translation>
    </message>
    <message>
        <source>%1 at %2 with %3</source>
        <translation>%1 at %2 with %3</translation>
    </message>
    <message>
        <source>No free slot left in the service period.</source>
        <translation>No free slot left in the service period.</translation>
    </message>
    <message>
        <source>Next free slots: %1.</source>
        <translation>Next free slots: %1.</translation>
    </message>
    <message>
        <source>The service is for the 2nd and 3rd year of middle school and the 1st and 2nd of high school: the %1 is not served.</source>
        <translation>The service is for the 2nd and 3rd year of middle school and the 1st and 2nd of high school: the %1 is not served.</translation>
    </message>
    <message>
        <source>pupil</source>
        <translation>pupil</translation>
    </message>
    <message>
        <source>study assistant</source>
        <translation>study assistant</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>subject</translation>
    </message>
    <message>
        <source>day</source>
        <translation>day</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>hour</translation>
    </message>
    <message>
        <source>BES assignment</source>
        <translation>BES assignment</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>No record has the code «%1».</source>
        <translation>No record has the code «%1».</translation>
    </message>
    <message>
        <source>%1 was changed again since: its values are no longer the ones to undo.</source>
        <translation>%1 was changed again since: its values are no longer the ones to undo.</translation>
    </message>
    <message>
        <source>Another outcome was recorded since for the lesson of %1 at %2.</source>
        <translation>Another outcome was recorded since for the lesson of %1 at %2.</translation>
    </message>
    <message>
        <source>The BES assignment from %1 was changed again since.</source>
        <translation>The BES assignment from %1 was changed again since.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) in the file: nothing was imported.</source>
        <translation>
            <numerusform>%Ln problem in the file: nothing was imported.</numerusform>
            <numerusform>%Ln problems in the file: nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lesson(s) booked would fall outside the new days or hours: cancel or move them first.</source>
        <translation>
            <numerusform>%Ln lesson booked would fall outside the new days or hours: cancel or move it first.</numerusform>
            <numerusform>%Ln lessons booked would fall outside the new days or hours: cancel or move them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lesson(s) are booked on the assignment after that day: cancel them first.</source>
        <translation>
            <numerusform>%Ln lesson is booked on the assignment after that day: cancel it first.</numerusform>
            <numerusform>%Ln lessons are booked on the assignment after that day: cancel them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of the hours asked for (%1), %n cannot be booked: nothing was booked.</source>
        <translation>
            <numerusform>Of the hours asked for (%1), %n cannot be booked: nothing was booked.</numerusform>
            <numerusform>Of the hours asked for (%1), %n cannot be booked: nothing was booked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the file lacks %n column(s): %1 (see the README for the header names).</source>
        <translation>
            <numerusform>the file lacks %n column: %1 (see the README for the header names).</numerusform>
            <numerusform>the file lacks %n columns: %1 (see the README for the header names).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutoring::TutoringModule</name>
    <message>
        <source>Hours of study support booked</source>
        <translation>Hours of study support booked</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Pupils</translation>
    </message>
    <message>
        <source>Study assistants</source>
        <translation>Study assistants</translation>
    </message>
    <message>
        <source>Lessons today</source>
        <translation>Lessons today</translation>
    </message>
    <message>
        <source>Past lessons without an outcome</source>
        <translation>Past lessons without an outcome</translation>
    </message>
    <message>
        <source>record them in ConosciAMO › Lessons</source>
        <translation>record them in ConosciAMO › Lessons</translation>
    </message>
    <message>
        <source>ConosciAMO</source>
        <translation>ConosciAMO</translation>
    </message>
    <message numerus="yes">
        <source>from %Ln comuni</source>
        <translation>
            <numerusform>from %Ln comune</numerusform>
            <numerusform>from %Ln comuni</numerusform>
        </translation>
    </message>
    <message>
        <source>Pupils (ConosciAMO)</source>
        <translation>Pupils (ConosciAMO)</translation>
    </message>
    <message>
        <source>of which %1 for BES pupils; %2</source>
        <translation>of which %1 for BES pupils; %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln given</source>
        <translation>
            <numerusform>%Ln given</numerusform>
            <numerusform>%Ln given</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 with the safety course, %2</source>
        <translation>%1 with the safety course, %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln enrolled</source>
        <translation>
            <numerusform>%Ln enrolled</numerusform>
            <numerusform>%Ln enrolled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutoring::TutoringReports</name>
    <message>
        <source>ConosciAMO: pupils and hours by comune</source>
        <translation>ConosciAMO: pupils and hours by comune</translation>
    </message>
    <message>
        <source>ConosciAMO: summary figures</source>
        <translation>ConosciAMO: summary figures</translation>
    </message>
    <message>
        <source>ConosciAMO: hours booked and given by subject and week</source>
        <translation>ConosciAMO: hours booked and given by subject and week</translation>
    </message>
    <message>
        <source>ConosciAMO: PCTO hours statement of the study assistants</source>
        <translation>ConosciAMO: PCTO hours statement of the study assistants</translation>
    </message>
    <message>
        <source>ConosciAMO: tutors' stand-in hours</source>
        <translation>ConosciAMO: tutors' stand-in hours</translation>
    </message>
    <message>
        <source>ConosciAMO: study assistants and the safety course</source>
        <translation>ConosciAMO: study assistants and the safety course</translation>
    </message>
    <message>
        <source>ConosciAMO · study support for pupils aged 12 to 16</source>
        <translation>ConosciAMO · study support for pupils aged 12 to 16</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>up to %1</translation>
    </message>
    <message>
        <source>every lesson on record</source>
        <translation>every lesson on record</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <source>ISTAT code</source>
        <translation>ISTAT code</translation>
    </message>
    <message>
        <source>Comune of residence</source>
        <translation>Comune of residence</translation>
    </message>
    <message>
        <source>Middle school pupils</source>
        <translation>Middle school pupils</translation>
    </message>
    <message>
        <source>High school pupils</source>
        <translation>High school pupils</translation>
    </message>
    <message>
        <source>Hours booked</source>
        <translation>Hours booked</translation>
    </message>
    <message>
        <source>Hours booked on the calendar by comune of residence</source>
        <translation>Hours booked on the calendar by comune of residence</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n comuni</source>
        <translation>
            <numerusform>Total: %n comune</numerusform>
            <numerusform>Total: %n comuni</numerusform>
        </translation>
    </message>
    <message>
        <source>Pupils and hours booked by comune of residence</source>
        <translation>Pupils and hours booked by comune of residence</translation>
    </message>
    <message>
        <source>Pupils who booked study support on the calendar, by comune of residence and school order, and the hours they booked (cancelled hours excluded). Pupils with special educational needs (BES) are served by a stable assistant assigned by hand, outside the calendar: they are counted in the second table.</source>
        <translation>Pupils who booked study support on the calendar, by comune of residence and school order, and the hours they booked (cancelled hours excluded). Pupils with special educational needs (BES) are served by a stable assistant assigned by hand, outside the calendar: they are counted in the second table.</translation>
    </message>
    <message>
        <source>Booked on the calendar</source>
        <translation>Booked on the calendar</translation>
    </message>
    <message>
        <source>BES pupils (stable assistant assigned by hand)</source>
        <translation>BES pupils (stable assistant assigned by hand)</translation>
    </message>
    <message>
        <source>No hours booked for BES pupils.</source>
        <translation>No hours booked for BES pupils.</translation>
    </message>
    <message>
        <source>All pupils</source>
        <translation>All pupils</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Pupils</translation>
    </message>
    <message>
        <source>Comuni of residence</source>
        <translation>Comuni of residence</translation>
    </message>
    <message>
        <source>%1, of which %2 for BES pupils</source>
        <translation>%1, of which %2 for BES pupils</translation>
    </message>
    <message>
        <source>of which BES</source>
        <translation>of which BES</translation>
    </message>
    <message>
        <source>Hours given</source>
        <translation>Hours given</translation>
    </message>
    <message>
        <source>Study assistants</source>
        <translation>Study assistants</translation>
    </message>
    <message>
        <source>with the safety course</source>
        <translation>with the safety course</translation>
    </message>
    <message>
        <source>ConosciAMO in figures</source>
        <translation>ConosciAMO in figures</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>  on the calendar</source>
        <translation>  on the calendar</translation>
    </message>
    <message>
        <source>  for BES pupils (assigned by hand)</source>
        <translation>  for BES pupils (assigned by hand)</translation>
    </message>
    <message>
        <source>  of which by a tutor standing in</source>
        <translation>  of which by a tutor standing in</translation>
    </message>
    <message>
        <source>Pupil absent</source>
        <translation>Pupil absent</translation>
    </message>
    <message>
        <source>Booked, outcome not yet recorded</source>
        <translation>Booked, outcome not yet recorded</translation>
    </message>
    <message>
        <source>Cancelled (not counted as booked)</source>
        <translation>Cancelled (not counted as booked)</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>  safety course done</source>
        <translation>  safety course done</translation>
    </message>
    <message>
        <source>  enrolled in the next course</source>
        <translation>  enrolled in the next course</translation>
    </message>
    <message>
        <source>Tutors</source>
        <translation>Tutors</translation>
    </message>
    <message>
        <source>Week from</source>
        <translation>Week from</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Hours booked and given by week</source>
        <translation>Hours booked and given by week</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>Hours booked and given by subject and week</source>
        <translation>Hours booked and given by subject and week</translation>
    </message>
    <message>
        <source>Booked: hours in force (not cancelled), on the calendar and for BES pupils. Given: lessons whose outcome is «given», by the assistant or by a tutor standing in.</source>
        <translation>Booked: hours in force (not cancelled), on the calendar and for BES pupils. Given: lessons whose outcome is «given», by the assistant or by a tutor standing in.</translation>
    </message>
    <message>
        <source>By subject</source>
        <translation>By subject</translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>Done on %1</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Lesson hours given</source>
        <translation>Lesson hours given</translation>
    </message>
    <message>
        <source>Safety course hours</source>
        <translation>Safety course hours</translation>
    </message>
    <message>
        <source>PCTO hours</source>
        <translation>PCTO hours</translation>
    </message>
    <message>
        <source>PCTO hours statement</source>
        <translation>PCTO hours statement</translation>
    </message>
    <message>
        <source>Hours of study support given by each study assistant within the ConosciAMO project of the Città metropolitana di Milano and the CCV-MI, for the school's PCTO records (Percorsi per le Competenze Trasversali e per l'Orientamento). Lesson hours are those recorded as given by the assistant; hours in which the pupil was absent are shown but not counted; the %1-hour course on health and safety at work counts once it is done.</source>
        <translation>Hours of study support given by each study assistant within the ConosciAMO project of the Città metropolitana di Milano and the CCV-MI, for the school's PCTO records (Percorsi per le Competenze Trasversali e per l'Orientamento). Lesson hours are those recorded as given by the assistant; hours in which the pupil was absent are shown but not counted; the %1-hour course on health and safety at work counts once it is done.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>PCTO hours of the school's students who are study assistants in ConosciAMO (lessons: %1).</source>
        <translation>PCTO hours of the school's students who are study assistants in ConosciAMO (lessons: %1).</translation>
    </message>
    <message>
        <source>Study assistant</source>
        <translation>Study assistant</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Safety course</source>
        <translation>Safety course</translation>
    </message>
    <message>
        <source>Pupil absent (not counted)</source>
        <translation>Pupil absent (not counted)</translation>
    </message>
    <message>
        <source>Course hours</source>
        <translation>Course hours</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n assistants</source>
        <translation>
            <numerusform>Total: %n assistant</numerusform>
            <numerusform>Total: %n assistants</numerusform>
        </translation>
    </message>
    <message>
        <source>For the CCV-MI: the ConosciAMO coordinator</source>
        <translation>For the CCV-MI: the ConosciAMO coordinator</translation>
    </message>
    <message>
        <source>For the school: the PCTO tutor</source>
        <translation>For the school: the PCTO tutor</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Stand-in hours</source>
        <translation>Stand-in hours</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hour</translation>
    </message>
    <message>
        <source>Assistant replaced</source>
        <translation>Assistant replaced</translation>
    </message>
    <message>
        <source>Tutors' stand-in hours</source>
        <translation>Tutors' stand-in hours</translation>
    </message>
    <message>
        <source>Lessons that a tutor (a teacher or retired teacher) gave in place of the study assistant.</source>
        <translation>Lessons that a tutor (a teacher or retired teacher) gave in place of the study assistant.</translation>
    </message>
    <message>
        <source>No stand-in lessons.</source>
        <translation>No stand-in lessons.</translation>
    </message>
    <message>
        <source>Course done</source>
        <translation>Course done</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Not enrolled</translation>
    </message>
    <message>
        <source>Study assistants and the health-and-safety course</source>
        <translation>Study assistants and the health-and-safety course</translation>
    </message>
    <message>
        <source>Study assistants may give lessons only after the %1-hour course on health and safety at work.</source>
        <translation>Study assistants may give lessons only after the %1-hour course on health and safety at work.</translation>
    </message>
    <message>
        <source>Study assistants by course state</source>
        <translation>Study assistants by course state</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Enrolled in the next course</source>
        <translation>Enrolled in the next course</translation>
    </message>
    <message>
        <source>Not yet enrolled</source>
        <translation>Not yet enrolled</translation>
    </message>
    <message>
        <source>%1 (of which %2 BES) from %3</source>
        <translation>%1 (of which %2 BES) from %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln comune(s)</source>
        <translation>
            <numerusform>%Ln comune</numerusform>
            <numerusform>%Ln comuni</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 from %2</translation>
    </message>
</context>
<context>
    <name>tutoring::TutoringSyncTexts</name>
    <message>
        <source>Study support bookings</source>
        <translation>Study support bookings</translation>
    </message>
    <message>
        <source>Lesson outcomes</source>
        <translation>Lesson outcomes</translation>
    </message>
    <message>
        <source>Service periods</source>
        <translation>Service periods</translation>
    </message>
    <message>
        <source>Tutors</source>
        <translation>Tutors</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Pupils</translation>
    </message>
    <message>
        <source>Study assistants</source>
        <translation>Study assistants</translation>
    </message>
    <message>
        <source>Assistants' subjects</source>
        <translation>Assistants' subjects</translation>
    </message>
    <message>
        <source>Assistants' availability</source>
        <translation>Assistants' availability</translation>
    </message>
    <message>
        <source>BES assignments</source>
        <translation>BES assignments</translation>
    </message>
    <message>
        <source>Stable assistant assigned (BES)</source>
        <translation>Stable assistant assigned (BES)</translation>
    </message>
    <message>
        <source>Hours booked for a BES pupil</source>
        <translation>Hours booked for a BES pupil</translation>
    </message>
    <message>
        <source>Stable assistance ended (BES)</source>
        <translation>Stable assistance ended (BES)</translation>
    </message>
    <message>
        <source>Lesson booked</source>
        <translation>Lesson booked</translation>
    </message>
    <message>
        <source>Lesson cancelled</source>
        <translation>Lesson cancelled</translation>
    </message>
    <message>
        <source>Lesson outcome recorded</source>
        <translation>Lesson outcome recorded</translation>
    </message>
    <message>
        <source>Service period saved</source>
        <translation>Service period saved</translation>
    </message>
    <message>
        <source>Pupil saved</source>
        <translation>Pupil saved</translation>
    </message>
    <message>
        <source>Study assistant saved</source>
        <translation>Study assistant saved</translation>
    </message>
    <message>
        <source>Tutor saved</source>
        <translation>Tutor saved</translation>
    </message>
    <message>
        <source>Pupils imported</source>
        <translation>Pupils imported</translation>
    </message>
    <message>
        <source>Study assistants imported</source>
        <translation>Study assistants imported</translation>
    </message>
    <message>
        <source>Bookings imported</source>
        <translation>Bookings imported</translation>
    </message>
</context>
<context>
    <name>tutoring::TutoringTab</name>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Import...</translation>
    </message>
    <message>
        <source>Pupils...</source>
        <translation>Pupils...</translation>
    </message>
    <message>
        <source>Study assistants...</source>
        <translation>Study assistants...</translation>
    </message>
    <message>
        <source>Bookings...</source>
        <translation>Bookings...</translation>
    </message>
    <message>
        <source>Service &amp;period and slots...</source>
        <translation>Service &amp;period and slots...</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Calendar</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lessons</translation>
    </message>
    <message>
        <source>P&amp;upils</source>
        <translation>P&amp;upils</translation>
    </message>
    <message>
        <source>&amp;Study assistants</source>
        <translation>&amp;Study assistants</translation>
    </message>
    <message>
        <source>&amp;Tutors</source>
        <translation>&amp;Tutors</translation>
    </message>
    <message>
        <source>&amp;BES</source>
        <translation>&amp;BES</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in service (%2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; in service (%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2), not in service today</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2), not in service today</translation>
    </message>
    <message>
        <source>No service period set up yet.</source>
        <translation>No service period set up yet.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lesson(s) today</source>
        <translation>
            <numerusform>%Ln lesson today</numerusform>
            <numerusform>%Ln lessons today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln past lesson(s) without an outcome</source>
        <translation>
            <numerusform>%Ln past lesson without an outcome</numerusform>
            <numerusform>%Ln past lessons without an outcome</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutoring::TutoringWidgets</name>
    <message>
        <source>%1 (middle school)</source>
        <translation>%1 (middle school)</translation>
    </message>
</context>
<context>
    <name>tutoring::TutorsPage</name>
    <message>
        <source>Search by family name or code</source>
        <translation>Search by family name or code</translation>
    </message>
    <message>
        <source>Search tutors</source>
        <translation>Search tutors</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Assistants followed</source>
        <translation>Assistants followed</translation>
    </message>
    <message>
        <source>Stand-in hours</source>
        <translation>Stand-in hours</translation>
    </message>
    <message>
        <source>Tutors</source>
        <translation>Tutors</translation>
    </message>
    <message>
        <source>&amp;New tutor...</source>
        <translation>&amp;New tutor...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Edit...</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Delete tutor</source>
        <translation>Delete tutor</translation>
    </message>
    <message>
        <source>Delete %1? This cannot be undone.</source>
        <translation>Delete %1? This cannot be undone.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tutor(s)</source>
        <translation>
            <numerusform>%Ln tutor</numerusform>
            <numerusform>%Ln tutors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>volunteers::ActivationDialog</name>
    <message>
        <source>Record days of activation</source>
        <translation>Record days of activation</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>e.g. COC, drive-in, hospital entrance</source>
        <translation>e.g. COC, drive-in, hospital entrance</translation>
    </message>
    <message>
        <source>&amp;Volunteer:</source>
        <translation>&amp;Volunteer:</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Event:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Comune:</source>
        <translation>&amp;Comune:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>The last day comes before the first.</source>
        <translation>The last day comes before the first.</translation>
    </message>
    <message>
        <source>the event runs from %1 to %2</source>
        <translation>the event runs from %1 to %2</translation>
    </message>
    <message>
        <source>the event runs from %1</source>
        <translation>the event runs from %1</translation>
    </message>
    <message>
        <source>Undone (Edit menu)</source>
        <translation>Undone (Edit menu)</translation>
    </message>
    <message>
        <source>choose the event</source>
        <translation>choose the event</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person-days</source>
        <translation>
            <numerusform>%Ln person-day</numerusform>
            <numerusform>%Ln person-days</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the first and the last day as dd/mm/yyyy.</source>
        <translation>Write the first and the last day as dd/mm/yyyy.</translation>
    </message>
</context>
<context>
    <name>volunteers::ActivationsPage</name>
    <message>
        <source>All events</source>
        <translation>All events</translation>
    </message>
    <message>
        <source>New &amp;event...</source>
        <translation>New &amp;event...</translation>
    </message>
    <message>
        <source>Change e&amp;vent...</source>
        <translation>Change e&amp;vent...</translation>
    </message>
    <message>
        <source>Days from</source>
        <translation>Days from</translation>
    </message>
    <message>
        <source>Volunteer: surname or codice fiscale</source>
        <translation>Volunteer: surname or codice fiscale</translation>
    </message>
    <message>
        <source>Show reversed days</source>
        <translation>Show reversed days</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>Codice fiscale</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Reversal: this day does not count</source>
        <translation>Reversal: this day does not count</translation>
    </message>
    <message>
        <source>Reversed: this day does not count</source>
        <translation>Reversed: this day does not count</translation>
    </message>
    <message>
        <source>Certified by an attestato</source>
        <translation>Certified by an attestato</translation>
    </message>
    <message>
        <source>Activation ledger</source>
        <translation>Activation ledger</translation>
    </message>
    <message>
        <source>&amp;Record days...</source>
        <translation>&amp;Record days...</translation>
    </message>
    <message>
        <source>R&amp;oster...</source>
        <translation>R&amp;oster...</translation>
    </message>
    <message>
        <source>Many volunteers on the same day, service and place</source>
        <translation>Many volunteers on the same day, service and place</translation>
    </message>
    <message>
        <source>Re&amp;verse day...</source>
        <translation>Re&amp;verse day...</translation>
    </message>
    <message>
        <source>&amp;Services...</source>
        <translation>&amp;Services...</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Event:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Choose an event to see its type, act and dates.</source>
        <translation>Choose an event to see its type, act and dates.</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <source>from %1, still open</source>
        <translation>from %1, still open</translation>
    </message>
    <message>
        <source>Reverse day</source>
        <translation>Reverse day</translation>
    </message>
    <message>
        <source>Reverse the day %1 of %2 (%3)? The ledger keeps the day and this reversal.
Why:</source>
        <translation>Reverse the day %1 of %2 (%3)? The ledger keeps the day and this reversal.
Why:</translation>
    </message>
    <message>
        <source>This day is certified by an attestato already issued. Reverse it anyway?</source>
        <translation>This day is certified by an attestato already issued. Reverse it anyway?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person-day(s)</source>
        <translation>
            <numerusform>%Ln person-day</numerusform>
            <numerusform>%Ln person-days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 (volunteers counted once a day)</source>
        <translation>%1 · %2 (volunteers counted once a day)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) in the ledger</source>
        <translation>
            <numerusform>%Ln row in the ledger</numerusform>
            <numerusform>%Ln rows in the ledger</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · limits %2 and %3 a year · authorised by: %4 · %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · limits %2 and %3 a year · authorised by: %4 · %5</translation>
    </message>
    <message numerus="yes">
        <source>%n consecutive day(s)</source>
        <translation>
            <numerusform>%n consecutive day</numerusform>
            <numerusform>%n consecutive days</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import spreadsheet...</source>
        <translation>&amp;Import spreadsheet...</translation>
    </message>
    <message>
        <source>counting the person-days…</source>
        <translation>counting the person-days…</translation>
    </message>
    <message>
        <source>reading the ledger…</source>
        <translation>reading the ledger…</translation>
    </message>
</context>
<context>
    <name>volunteers::AttestatiPage</name>
    <message>
        <source>&amp;Batch production...</source>
        <translation>&amp;Batch production...</translation>
    </message>
    <message>
        <source>Issue all the attestati of a month, an organisation or an event, with their PDF files</source>
        <translation>Issue all the attestati of a month, an organisation or an event, with their PDF files</translation>
    </message>
    <message>
        <source>CSV for the &amp;regional system...</source>
        <translation>CSV for the &amp;regional system...</translation>
    </message>
    <message>
        <source>Number or volunteer</source>
        <translation>Number or volunteer</translation>
    </message>
    <message>
        <source>Every deadline</source>
        <translation>Every deadline</translation>
    </message>
    <message>
        <source>Reimbursement deadline within 90 days</source>
        <translation>Reimbursement deadline within 90 days</translation>
    </message>
    <message>
        <source>Reimbursement deadline passed</source>
        <translation>Reimbursement deadline passed</translation>
    </message>
    <message>
        <source>Issued from</source>
        <translation>Issued from</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Over limit</source>
        <translation>Over limit</translation>
    </message>
    <message>
        <source>Reimbursement by</source>
        <translation>Reimbursement by</translation>
    </message>
    <message>
        <source>The employer's two years to ask for reimbursement are over</source>
        <translation>The employer's two years to ask for reimbursement are over</translation>
    </message>
    <message>
        <source>The employer's deadline to ask for reimbursement is close</source>
        <translation>The employer's deadline to ask for reimbursement is close</translation>
    </message>
    <message>
        <source>Some days are beyond the art. 39 limits (marked on the attestato)</source>
        <translation>Some days are beyond the art. 39 limits (marked on the attestato)</translation>
    </message>
    <message>
        <source>Register of attestati</source>
        <translation>Register of attestati</translation>
    </message>
    <message>
        <source>Re&amp;print...</source>
        <translation>Re&amp;print...</translation>
    </message>
    <message>
        <source>The same attestato as issued: same number, same text</source>
        <translation>The same attestato as issued: same number, same text</translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation>Save as P&amp;DF...</translation>
    </message>
    <message>
        <source>&amp;Open volunteer</source>
        <translation>&amp;Open volunteer</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <source>CSV for the regional system</source>
        <translation>CSV for the regional system</translation>
    </message>
    <message numerus="yes">
        <source>%Ln attestati in the register match</source>
        <translation>
            <numerusform>%Ln attestato in the register matches</numerusform>
            <numerusform>%Ln attestati in the register match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style="color:#a15c00"&gt;%Ln of them have no employer on record.&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style="color:#a15c00"&gt;%Ln of them has no employer on record.&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style="color:#a15c00"&gt;%Ln of them have no employer on record.&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 to issue&lt;/b&gt; for %2 (%3).</source>
        <translation>&lt;b&gt;%1 to issue&lt;/b&gt; for %2 (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln attestato(s)</source>
        <translation>
            <numerusform>%Ln attestato</numerusform>
            <numerusform>%Ln attestati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln volunteer(s)</source>
        <translation>
            <numerusform>%Ln volunteer</numerusform>
            <numerusform>%Ln volunteers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person-day(s) not yet certified</source>
        <translation>
            <numerusform>%Ln person-day not yet certified</numerusform>
            <numerusform>%Ln person-days not yet certified</numerusform>
        </translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>Void: another workstation had already certified these days with an earlier attestato</source>
        <translation>Void: another workstation had already certified these days with an earlier attestato</translation>
    </message>
    <message>
        <source>Reading the register…</source>
        <translation>Reading the register…</translation>
    </message>
    <message>
        <source>Reading what is still to issue…</source>
        <translation>Reading what is still to issue…</translation>
    </message>
</context>
<context>
    <name>volunteers::BatchDialog</name>
    <message>
        <source>Batch production of attestati</source>
        <translation>Batch production of attestati</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <source>&amp;Period from:</source>
        <translation>&amp;Period from:</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>All organisations</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>All events</translation>
    </message>
    <message>
        <source>Volunteers to look at</source>
        <translation>Volunteers to look at</translation>
    </message>
    <message>
        <source>Issue also for volunteers over the art. 39 limits (the days over are marked on the attestato)</source>
        <translation>Issue also for volunteers over the art. 39 limits (the days over are marked on the attestato)</translation>
    </message>
    <message>
        <source>&amp;Choose...</source>
        <translation>&amp;Choose...</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v of %m</translation>
    </message>
    <message>
        <source>&amp;Issue the attestati</source>
        <translation>&amp;Issue the attestati</translation>
    </message>
    <message>
        <source>Ca&amp;ncel the batch</source>
        <translation>Ca&amp;ncel the batch</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>Open the &amp;folder</translation>
    </message>
    <message>
        <source>Which days</source>
        <translation>Which days</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Event:</translation>
    </message>
    <message>
        <source>PDF &amp;folder:</source>
        <translation>PDF &amp;folder:</translation>
    </message>
    <message>
        <source>Before issuing</source>
        <translation>Before issuing</translation>
    </message>
    <message>
        <source>The period is reversed.</source>
        <translation>The period is reversed.</translation>
    </message>
    <message>
        <source>The pending attestati could not be counted.</source>
        <translation>The pending attestati could not be counted.</translation>
    </message>
    <message>
        <source>Over the limits: %1 (%2), %3: %4</source>
        <translation>Over the limits: %1 (%2), %3: %4</translation>
    </message>
    <message>
        <source>No employer on record: %1</source>
        <translation>No employer on record: %1</translation>
    </message>
    <message>
        <source>Folder for the PDF files</source>
        <translation>Folder for the PDF files</translation>
    </message>
    <message>
        <source>Choose the folder for the PDF files.</source>
        <translation>Choose the folder for the PDF files.</translation>
    </message>
    <message>
        <source>Issuing...</source>
        <translation>Issuing...</translation>
    </message>
    <message>
        <source>Cancelling after the attestato in progress...</source>
        <translation>Cancelling after the attestato in progress...</translation>
    </message>
    <message>
        <source>Issued up to number %1</source>
        <translation>Issued up to number %1</translation>
    </message>
    <message>
        <source>The batch stopped: %1 The attestati issued before the problem are in the register.</source>
        <translation>The batch stopped: %1 The attestati issued before the problem are in the register.</translation>
    </message>
    <message>
        <source>Left pending: %1 over the limits, %2 without employer.</source>
        <translation>Left pending: %1 over the limits, %2 without employer.</translation>
    </message>
    <message>
        <source>Index for the regional system: %1</source>
        <translation>Index for the regional system: %1</translation>
    </message>
    <message>
        <source>A batch is running. Cancel it?</source>
        <translation>A batch is running. Cancel it?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln volunteers are over the art. 39 limits: their attestati stay pending unless you tick the box below.</source>
        <translation>
            <numerusform>%Ln volunteer is over the art. 39 limits: their attestato stays pending unless you tick the box below.</numerusform>
            <numerusform>%Ln volunteers are over the art. 39 limits: their attestati stay pending unless you tick the box below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln volunteers have no employer on record: their attestati stay pending.</source>
        <translation>
            <numerusform>%Ln volunteer has no employer on record: their attestato stays pending.</numerusform>
            <numerusform>%Ln volunteers have no employer on record: their attestati stay pending.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reimbursement window closed on %1: %2, %3 – %4 (%Ln days)</source>
        <translation>
            <numerusform>Reimbursement window closed on %1: %2, %3 – %4 (%Ln day)</numerusform>
            <numerusform>Reimbursement window closed on %1: %2, %3 – %4 (%Ln days)</numerusform>
        </translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 to issue&lt;/b&gt; for %2, %3 between %4 and %5.</source>
        <translation>&lt;b&gt;%1 to issue&lt;/b&gt; for %2, %3 between %4 and %5.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln attestato(s)</source>
        <translation>
            <numerusform>%Ln attestato</numerusform>
            <numerusform>%Ln attestati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln volunteer(s)</source>
        <translation>
            <numerusform>%Ln volunteer</numerusform>
            <numerusform>%Ln volunteers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person-day(s)</source>
        <translation>
            <numerusform>%Ln person-day</numerusform>
            <numerusform>%Ln person-days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attestato(s) (%1) come after the art. 39 reimbursement window closed: the employer can no longer claim those days, and each attestato will say so.</source>
        <translation>
            <numerusform>%Ln attestato (%1) comes after the art. 39 reimbursement window closed: the employer can no longer claim those days, and each attestato will say so.</numerusform>
            <numerusform>%Ln attestati (%1) come after the art. 39 reimbursement window closed: the employer can no longer claim those days, and each attestato will say so.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %Ln attestato(s) were issued and are in the register; the others are still to issue.</source>
        <translation>
            <numerusform>Cancelled: %Ln attestato was issued and is in the register; the others are still to issue.</numerusform>
            <numerusform>Cancelled: %Ln attestati were issued and are in the register; the others are still to issue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %Ln attestato(s) issued.</source>
        <translation>
            <numerusform>Done: %Ln attestato issued.</numerusform>
            <numerusform>Done: %Ln attestati issued.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>volunteers::EnrolParticipant</name>
    <message>
        <source>enrolment</source>
        <translation>enrolment</translation>
    </message>
</context>
<context>
    <name>volunteers::EventDialog</name>
    <message>
        <source>Change event</source>
        <translation>Change event</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>New event</translation>
    </message>
    <message>
        <source>e.g. Delibera del Consiglio dei Ministri del 31/01/2020</source>
        <translation>e.g. Delibera del Consiglio dei Ministri del 31/01/2020</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Still open</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Authorising &amp;act:</source>
        <translation>Authorising &amp;act:</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>&amp;Starts on:</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>&amp;Ends on:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>%1 (limits: %2, %3 a year)</source>
        <translation>%1 (limits: %2, %3 a year)</translation>
    </message>
    <message numerus="yes">
        <source>%n consecutive day(s)</source>
        <translation>
            <numerusform>%n consecutive day</numerusform>
            <numerusform>%n consecutive days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>volunteers::ExercisesPage</name>
    <message>
        <source>hydro-meteorological</source>
        <translation>hydro-meteorological</translation>
    </message>
    <message>
        <source>earthquake</source>
        <translation>earthquake</translation>
    </message>
    <message>
        <source>forest fire</source>
        <translation>forest fire</translation>
    </message>
    <message>
        <source>missing person search</source>
        <translation>missing person search</translation>
    </message>
    <message>
        <source>health</source>
        <translation>health</translation>
    </message>
    <message>
        <source>major event</source>
        <translation>major event</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>All organisations</translation>
    </message>
    <message>
        <source>New &amp;exercise...</source>
        <translation>New &amp;exercise...</translation>
    </message>
    <message>
        <source>&amp;Renewal activity report...</source>
        <translation>&amp;Renewal activity report...</translation>
    </message>
    <message>
        <source>What the organisation did in the year (activations, exercises, courses) and the vehicles and equipment it holds, for its yearly renewal</source>
        <translation>What the organisation did in the year (activations, exercises, courses) and the vehicles and equipment it holds, for its yearly renewal</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercise</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Person-days</source>
        <translation>Person-days</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s), %1</source>
        <translation>
            <numerusform>%n exercise, %1</numerusform>
            <numerusform>%n exercises, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person-day(s)</source>
        <translation>
            <numerusform>%n person-day</numerusform>
            <numerusform>%n person-days</numerusform>
        </translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Scenario:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Comune:</source>
        <translation>&amp;Comune:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>&amp;Participants:</translation>
    </message>
    <message>
        <source>P&amp;erson-days:</source>
        <translation>P&amp;erson-days:</translation>
    </message>
    <message>
        <source>New exercise</source>
        <translation>New exercise</translation>
    </message>
    <message>
        <source>Renewal activity report</source>
        <translation>Renewal activity report</translation>
    </message>
</context>
<context>
    <name>volunteers::ImportDialog</name>
    <message>
        <source>&amp;Volunteers</source>
        <translation>&amp;Volunteers</translation>
    </message>
    <message>
        <source>&amp;Activation days</source>
        <translation>&amp;Activation days</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>C&amp;hoose...</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <source>&amp;Check the file</source>
        <translation>&amp;Check the file</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>Columns (first row): &lt;b&gt;cognome, nome, codice_fiscale, organizzazione, comune_residenza&lt;/b&gt;; optional: indirizzo, telefono, email, condizione (dipendente, autonomo, non occupato), datore_lavoro, datore_cf_piva, datore_indirizzo, datore_pec. A codice fiscale already on record updates that volunteer.</source>
        <translation>Columns (first row): &lt;b&gt;cognome, nome, codice_fiscale, organizzazione, comune_residenza&lt;/b&gt;; optional: indirizzo, telefono, email, condizione (dipendente, autonomo, non occupato), datore_lavoro, datore_cf_piva, datore_indirizzo, datore_pec. A codice fiscale already on record updates that volunteer.</translation>
    </message>
    <message>
        <source>Columns (first row): &lt;b&gt;codice_fiscale, evento, data&lt;/b&gt; (or &lt;b&gt;dal&lt;/b&gt; and &lt;b&gt;al&lt;/b&gt;), &lt;b&gt;servizio&lt;/b&gt;; optional: comune, luogo, organizzazione. A volunteer already recorded on a day is refused.</source>
        <translation>Columns (first row): &lt;b&gt;codice_fiscale, evento, data&lt;/b&gt; (or &lt;b&gt;dal&lt;/b&gt; and &lt;b&gt;al&lt;/b&gt;), &lt;b&gt;servizio&lt;/b&gt;; optional: comune, luogo, organizzazione. A volunteer already recorded on a day is refused.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>The file is correct. %1 Press Import to write it.</source>
        <translation>The file is correct. %1 Press Import to write it.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Imported.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problems: nothing can be imported until they are corrected in the file.</source>
        <translation>
            <numerusform>%Ln problem: nothing can be imported until it is corrected in the file.</numerusform>
            <numerusform>%Ln problems: nothing can be imported until they are corrected in the file.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>&amp;Organisations</translation>
    </message>
    <message>
        <source>Columns (first row): &lt;b&gt;nome, comune&lt;/b&gt; (of the seat); optional: tipo (associazione, gruppo comunale), numero_registro, codice_fiscale, indirizzo, rappresentante, ruolo_rappresentante, telefono, email, pec, note. An organisation already on record (same name or registry number) is updated, not added again.</source>
        <translation>Columns (first row): &lt;b&gt;nome, comune&lt;/b&gt; (of the seat); optional: tipo (associazione, gruppo comunale), numero_registro, codice_fiscale, indirizzo, rappresentante, ruolo_rappresentante, telefono, email, pec, note. An organisation already on record (same name or registry number) is updated, not added again.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln line</numerusform>
            <numerusform>%Ln lines</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 to add, %3 to update.</source>
        <translation>%1: %2 to add, %3 to update.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln volunteer(s)</source>
        <translation>
            <numerusform>%Ln volunteer</numerusform>
            <numerusform>%Ln volunteers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisation(s)</source>
        <translation>
            <numerusform>%Ln organisation</numerusform>
            <numerusform>%Ln organisations</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 to add.</source>
        <translation>%1: %2 to add.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person-day(s)</source>
        <translation>
            <numerusform>%Ln person-day</numerusform>
            <numerusform>%Ln person-days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3.</source>
        <translation>%1: %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln volunteer(s) added</source>
        <translation>
            <numerusform>%Ln volunteer added</numerusform>
            <numerusform>%Ln volunteers added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln updated</numerusform>
            <numerusform>%Ln updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisation(s) added</source>
        <translation>
            <numerusform>%Ln organisation added</numerusform>
            <numerusform>%Ln organisations added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisation(s) updated</source>
        <translation>
            <numerusform>%Ln organisation updated</numerusform>
            <numerusform>%Ln organisations updated</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person-day(s) added</source>
        <translation>
            <numerusform>%Ln person-day added</numerusform>
            <numerusform>%Ln person-days added</numerusform>
        </translation>
    </message>
    <message>
        <source>Import from a spreadsheet</source>
        <translation>Import from a spreadsheet</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx) or CSV file saved from the spreadsheet</source>
        <translation>Excel workbook (.xlsx) or CSV file saved from the spreadsheet</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>File to import</translation>
    </message>
</context>
<context>
    <name>volunteers::IssueDialog</name>
    <message>
        <source>Issue attestato</source>
        <translation>Issue attestato</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Art. 39</source>
        <translation>Art. 39</translation>
    </message>
    <message>
        <source>I have looked at the days over the limits: issue the attestato with those days marked</source>
        <translation>I have looked at the days over the limits: issue the attestato with those days marked</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Issue</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Print...</translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation>Save as P&amp;DF...</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Event:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Days from:</source>
        <translation>&amp;Days from:</translation>
    </message>
    <message>
        <source>over the limit</source>
        <translation>over the limit</translation>
    </message>
    <message>
        <source>within</source>
        <translation>within</translation>
    </message>
    <message>
        <source>No days left to certify for this event in the period.</source>
        <translation>No days left to certify for this event in the period.</translation>
    </message>
    <message>
        <source>Over the art. 39 limits on %1.</source>
        <translation>Over the art. 39 limits on %1.</translation>
    </message>
    <message>
        <source>No employer on record: add it to the volunteer first.</source>
        <translation>No employer on record: add it to the volunteer first.</translation>
    </message>
    <message>
        <source>The volunteer does not work: no attestato is needed.</source>
        <translation>The volunteer does not work: no attestato is needed.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days will be certified.</source>
        <translation>
            <numerusform>%Ln day will be certified.</numerusform>
            <numerusform>%Ln days will be certified.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Attestato %1 issued&lt;/b&gt; for %Ln days; the employer can ask for reimbursement until %2.</source>
        <translation>
            <numerusform>&lt;b&gt;Attestato %1 issued&lt;/b&gt; for %Ln day; the employer can ask for reimbursement until %2.</numerusform>
            <numerusform>&lt;b&gt;Attestato %1 issued&lt;/b&gt; for %Ln days; the employer can ask for reimbursement until %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The art. 39 reimbursement window for these days closed on %1: the employer can no longer claim them, and the attestato will say so.</source>
        <translation>The art. 39 reimbursement window for these days closed on %1: the employer can no longer claim them, and the attestato will say so.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Attestato %1 issued&lt;/b&gt; for %Ln days. &lt;b style="color:#b71c1c"&gt;The employer's reimbursement window closed on %2&lt;/b&gt;: the attestato says so.</source>
        <translation>
            <numerusform>&lt;b&gt;Attestato %1 issued&lt;/b&gt; for %Ln day. &lt;b style="color:#b71c1c"&gt;The employer's reimbursement window closed on %2&lt;/b&gt;: the attestato says so.</numerusform>
            <numerusform>&lt;b&gt;Attestato %1 issued&lt;/b&gt; for %Ln days. &lt;b style="color:#b71c1c"&gt;The employer's reimbursement window closed on %2&lt;/b&gt;: the attestato says so.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>volunteers::IssueTrainingCertificate</name>
    <message>
        <source>certificate %1</source>
        <translation>certificate %1</translation>
    </message>
</context>
<context>
    <name>volunteers::LimitsPage</name>
    <message>
        <source>Art. 39 D.Lgs 1/2018: a volunteer may be away from work at most &lt;b&gt;30 consecutive days and 90 a year&lt;/b&gt; for ordinary activity; &lt;b&gt;60 and 180&lt;/b&gt; in a declared national emergency; &lt;b&gt;180 consecutive days and 180 a year&lt;/b&gt; for the COVID-19 emergency (DL 34/2020 art. 35-bis); &lt;b&gt;10 and 30&lt;/b&gt; for training, exercises and planning, which count on their own. Days beyond a limit are flagged here and before any attestato is issued.</source>
        <translation>Art. 39 D.Lgs 1/2018: a volunteer may be away from work at most &lt;b&gt;30 consecutive days and 90 a year&lt;/b&gt; for ordinary activity; &lt;b&gt;60 and 180&lt;/b&gt; in a declared national emergency; &lt;b&gt;180 consecutive days and 180 a year&lt;/b&gt; for the COVID-19 emergency (DL 34/2020 art. 35-bis); &lt;b&gt;10 and 30&lt;/b&gt; for training, exercises and planning, which count on their own. Days beyond a limit are flagged here and before any attestato is issued.</translation>
    </message>
    <message>
        <source>Only days over a limit from</source>
        <translation>Only days over a limit from</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Open volunteer</source>
        <translation>&amp;Open volunteer</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Print...</translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation>Save as P&amp;DF...</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>Codice fiscale</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Days over</source>
        <translation>Days over</translation>
    </message>
    <message>
        <source>Not yet certified</source>
        <translation>Not yet certified</translation>
    </message>
    <message>
        <source>First day over</source>
        <translation>First day over</translation>
    </message>
    <message>
        <source>Limit exceeded</source>
        <translation>Limit exceeded</translation>
    </message>
    <message>
        <source>Volunteers over the limits</source>
        <translation>Volunteers over the limits</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Event type</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>The limits could not be computed.</source>
        <translation>The limits could not be computed.</translation>
    </message>
    <message>
        <source>day %1 in a row</source>
        <translation>day %1 in a row</translation>
    </message>
    <message>
        <source>day %1 of the year</source>
        <translation>day %1 of the year</translation>
    </message>
    <message numerus="yes">
        <source>%Ln volunteers over a limit</source>
        <translation>
            <numerusform>%Ln volunteer over a limit</numerusform>
            <numerusform>%Ln volunteers over a limit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with days not yet certified: look at them before issuing attestati</source>
        <translation>
            <numerusform>%Ln with days not yet certified: look at them before issuing attestati</numerusform>
            <numerusform>%Ln with days not yet certified: look at them before issuing attestati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consecutive day(s)</source>
        <translation>
            <numerusform>%n consecutive day</numerusform>
            <numerusform>%n consecutive days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) a year</source>
        <translation>
            <numerusform>%n day a year</numerusform>
            <numerusform>%n days a year</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the volunteers over a limit…</source>
        <translation>Reading the volunteers over a limit…</translation>
    </message>
</context>
<context>
    <name>volunteers::OrganisationDialog</name>
    <message>
        <source>Change organisation</source>
        <translation>Change organisation</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>Municipal group</source>
        <translation>Municipal group</translation>
    </message>
    <message>
        <source>number in the regional register</source>
        <translation>number in the regional register</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Mayor</source>
        <translation>Mayor</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Comune:</source>
        <translation>&amp;Comune:</translation>
    </message>
    <message>
        <source>&amp;Registry number:</source>
        <translation>&amp;Registry number:</translation>
    </message>
    <message>
        <source>&amp;Tax code:</source>
        <translation>&amp;Tax code:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <source>&amp;Legal representative:</source>
        <translation>&amp;Legal representative:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;ole:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>P&amp;EC:</source>
        <translation>P&amp;EC:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
</context>
<context>
    <name>volunteers::OrganisationsPage</name>
    <message>
        <source>Search by name, comune or registry number</source>
        <translation>Search by name, comune or registry number</translation>
    </message>
    <message>
        <source>Associations and municipal groups</source>
        <translation>Associations and municipal groups</translation>
    </message>
    <message>
        <source>Associations</source>
        <translation>Associations</translation>
    </message>
    <message>
        <source>Municipal groups</source>
        <translation>Municipal groups</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Registry no.</source>
        <translation>Registry no.</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>Operational status renewed this year</source>
        <translation>Operational status renewed this year</translation>
    </message>
    <message>
        <source>Operational status not renewed this year</source>
        <translation>Operational status not renewed this year</translation>
    </message>
    <message>
        <source>Renewal of this year still open</source>
        <translation>Renewal of this year still open</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>&amp;New organisation...</source>
        <translation>&amp;New organisation...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Edit...</translation>
    </message>
    <message>
        <source>Renewal of operational status</source>
        <translation>Renewal of operational status</translation>
    </message>
    <message>
        <source>Available 24 hours a day</source>
        <translation>Available 24 hours a day</translation>
    </message>
    <message>
        <source>Enough operational volunteers</source>
        <translation>Enough operational volunteers</translation>
    </message>
    <message>
        <source>All volunteers insured, no pending charges</source>
        <translation>All volunteers insured, no pending charges</translation>
    </message>
    <message>
        <source>Activity report delivered</source>
        <translation>Activity report delivered</translation>
    </message>
    <message>
        <source>List of equipment and vehicles delivered</source>
        <translation>List of equipment and vehicles delivered</translation>
    </message>
    <message>
        <source>Documents of the legal representative (for municipal groups: the mayor)</source>
        <translation>Documents of the legal representative (for municipal groups: the mayor)</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Renewed</translation>
    </message>
    <message>
        <source>Not renewed</source>
        <translation>Not renewed</translation>
    </message>
    <message>
        <source>&amp;Save renewal</source>
        <translation>&amp;Save renewal</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>S&amp;tate:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;On:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>Choose an organisation in the list</source>
        <translation>Choose an organisation in the list</translation>
    </message>
    <message>
        <source>Municipal group of %1</source>
        <translation>Municipal group of %1</translation>
    </message>
    <message>
        <source>Association based in %1</source>
        <translation>Association based in %1</translation>
    </message>
    <message>
        <source>Registry number %1</source>
        <translation>Registry number %1</translation>
    </message>
    <message>
        <source>Legal representative: %1%2</source>
        <translation>Legal representative: %1%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;No longer active&lt;/b&gt;</source>
        <translation>&lt;b&gt;No longer active&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Tick every item of the checklist first</source>
        <translation>Tick every item of the checklist first</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renewal</translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisations</source>
        <translation>
            <numerusform>%Ln organisation</numerusform>
            <numerusform>%Ln organisations</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import spreadsheet...</source>
        <translation>&amp;Import spreadsheet...</translation>
    </message>
</context>
<context>
    <name>volunteers::PersonDaysPage</name>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>Feb–Oct 2020</source>
        <translation>Feb–Oct 2020</translation>
    </message>
    <message>
        <source>The period of the published table by month (56,200 person-days)</source>
        <translation>The period of the published table by month (56,200 person-days)</translation>
    </message>
    <message>
        <source>Oct 2020 – 16/03/2021</source>
        <translation>Oct 2020 – 16/03/2021</translation>
    </message>
    <message>
        <source>The period of the published table by service (20,459 person-days)</source>
        <translation>The period of the published table by service (20,459 person-days)</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Print...</translation>
    </message>
    <message>
        <source>P&amp;DF...</source>
        <translation>P&amp;DF...</translation>
    </message>
    <message>
        <source>&amp;CSV...</source>
        <translation>&amp;CSV...</translation>
    </message>
    <message>
        <source>Person-days</source>
        <translation>Person-days</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>by</source>
        <translation>by</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>Published:</translation>
    </message>
    <message>
        <source>%1 (the 30 largest)</source>
        <translation>%1 (the 30 largest)</translation>
    </message>
    <message>
        <source>&amp;Excel...</source>
        <translation>&amp;Excel...</translation>
    </message>
    <message numerus="yes">
        <source>Total: %Ln person-day(s)</source>
        <translation>
            <numerusform>Total: %Ln person-day</numerusform>
            <numerusform>Total: %Ln person-days</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting the person-days…</source>
        <translation>Counting the person-days…</translation>
    </message>
</context>
<context>
    <name>volunteers::QualificationDialog</name>
    <message>
        <source>Change course or qualification</source>
        <translation>Change course or qualification</translation>
    </message>
    <message>
        <source>New course or qualification</source>
        <translation>New course or qualification</translation>
    </message>
    <message>
        <source>Course attended</source>
        <translation>Course attended</translation>
    </message>
    <message>
        <source>Qualification held</source>
        <translation>Qualification held</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Expires on</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Obtained on:</source>
        <translation>&amp;Obtained on:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
</context>
<context>
    <name>volunteers::RecordTestResult</name>
    <message>
        <source>test result</source>
        <translation>test result</translation>
    </message>
</context>
<context>
    <name>volunteers::RenewalActivityReport</name>
    <message>
        <source>national emergency</source>
        <translation>national emergency</translation>
    </message>
    <message>
        <source>COVID-19 emergency</source>
        <translation>COVID-19 emergency</translation>
    </message>
    <message>
        <source>training and exercises</source>
        <translation>training and exercises</translation>
    </message>
    <message>
        <source>ordinary</source>
        <translation>ordinary</translation>
    </message>
    <message>
        <source>hydro-meteorological</source>
        <translation>hydro-meteorological</translation>
    </message>
    <message>
        <source>earthquake</source>
        <translation>earthquake</translation>
    </message>
    <message>
        <source>forest fire</source>
        <translation>forest fire</translation>
    </message>
    <message>
        <source>missing person search</source>
        <translation>missing person search</translation>
    </message>
    <message>
        <source>health</source>
        <translation>health</translation>
    </message>
    <message>
        <source>major event</source>
        <translation>major event</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>Activity report for the yearly renewal</source>
        <translation>Activity report for the yearly renewal</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Registry number</source>
        <translation>Registry number</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>Person-days</source>
        <translation>Person-days</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activation</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercise</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>edition %1: %2 certified</source>
        <translation>edition %1: %2 certified</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>In %1: %2 (%3), %4 (%5), %6 attended by %7.</source>
        <translation>In %1: %2 (%3), %4 (%5), %6 attended by %7.</translation>
    </message>
    <message numerus="yes">
        <source>%n activation event(s)</source>
        <translation>
            <numerusform>%n activation event</numerusform>
            <numerusform>%n activation events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person-day(s)</source>
        <translation>
            <numerusform>%n person-day</numerusform>
            <numerusform>%n person-days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n exercise</numerusform>
            <numerusform>%n exercises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n course edition(s)</source>
        <translation>
            <numerusform>%n course edition</numerusform>
            <numerusform>%n course editions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n volunteer(s)</source>
        <translation>
            <numerusform>%n volunteer</numerusform>
            <numerusform>%n volunteers</numerusform>
        </translation>
    </message>
    <message>
        <source>Held on %1: %2 and %3.</source>
        <translation>Held on %1: %2 and %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n vehicle(s) owned</source>
        <translation>
            <numerusform>%n vehicle owned</numerusform>
            <numerusform>%n vehicles owned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of equipment on loan</source>
        <translation>
            <numerusform>%n piece of equipment on loan</numerusform>
            <numerusform>%n pieces of equipment on loan</numerusform>
        </translation>
    </message>
    <message>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <source>Activation person-days</source>
        <translation>Activation person-days</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercises</translation>
    </message>
    <message>
        <source>Exercise person-days</source>
        <translation>Exercise person-days</translation>
    </message>
    <message>
        <source>Volunteers on courses</source>
        <translation>Volunteers on courses</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Vehicles</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>Each organisation's figures for %1; vehicles and equipment held on %2. The detail of one organisation: --organisation ID.</source>
        <translation>Each organisation's figures for %1; vehicles and equipment held on %2. The detail of one organisation: --organisation ID.</translation>
    </message>
</context>
<context>
    <name>volunteers::RosterDialog</name>
    <message>
        <source>Roster: many volunteers on the same day</source>
        <translation>Roster: many volunteers on the same day</translation>
    </message>
    <message>
        <source>(the organisation's comune)</source>
        <translation>(the organisation's comune)</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>Filter the list</translation>
    </message>
    <message>
        <source>Volunteers of the organisation</source>
        <translation>Volunteers of the organisation</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>Tick &amp;all</translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation>Tick &amp;none</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Event:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <source>&amp;Comune:</source>
        <translation>&amp;Comune:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Record the roster</source>
        <translation>&amp;Record the roster</translation>
    </message>
    <message>
        <source>Undone (Edit menu)</source>
        <translation>Undone (Edit menu)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln volunteers ticked</source>
        <translation>
            <numerusform>%Ln volunteer ticked</numerusform>
            <numerusform>%Ln volunteers ticked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in the organisation</source>
        <translation>
            <numerusform>%Ln in the organisation</numerusform>
            <numerusform>%Ln in the organisation</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>volunteers::SaveCourse</name>
    <message>
        <source>course %1</source>
        <translation>course %1</translation>
    </message>
    <message>
        <source>change of course %1</source>
        <translation>change of course %1</translation>
    </message>
</context>
<context>
    <name>volunteers::SaveEdition</name>
    <message>
        <source>edition %1</source>
        <translation>edition %1</translation>
    </message>
    <message>
        <source>change of edition %1</source>
        <translation>change of edition %1</translation>
    </message>
</context>
<context>
    <name>volunteers::SaveExercise</name>
    <message>
        <source>exercise %1</source>
        <translation>exercise %1</translation>
    </message>
</context>
<context>
    <name>volunteers::SaveSession</name>
    <message>
        <source>session of %1</source>
        <translation>session of %1</translation>
    </message>
</context>
<context>
    <name>volunteers::ServicesDialog</name>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Published figures</source>
        <translation>Published figures</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Add...</translation>
    </message>
    <message>
        <source>&amp;Rename...</source>
        <translation>&amp;Rename...</translation>
    </message>
    <message>
        <source>&amp;In use / not in use</source>
        <translation>&amp;In use / not in use</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>New service</translation>
    </message>
    <message>
        <source>Name of the service:</source>
        <translation>Name of the service:</translation>
    </message>
    <message>
        <source>Rename service</source>
        <translation>Rename service</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>New name:</translation>
    </message>
</context>
<context>
    <name>volunteers::SetSessionAttendance</name>
    <message>
        <source>attendance</source>
        <translation>attendance</translation>
    </message>
</context>
<context>
    <name>volunteers::TrainingAuditNames</name>
    <message>
        <source>%2, edition %1</source>
        <translation>%2, edition %1</translation>
    </message>
    <message>
        <source>session of %2, edition %1</source>
        <translation>session of %2, edition %1</translation>
    </message>
    <message>
        <source>%1, edition %2</source>
        <translation>%1, edition %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>volunteers::TrainingPage</name>
    <message>
        <source>in person</source>
        <translation>in person</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>remote</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>mixed</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>New &amp;course...</source>
        <translation>New &amp;course...</translation>
    </message>
    <message>
        <source>New &amp;edition...</source>
        <translation>New &amp;edition...</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Edition</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>Certified</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Add &amp;session...</source>
        <translation>Add &amp;session...</translation>
    </message>
    <message>
        <source>&amp;Attendance...</source>
        <translation>&amp;Attendance...</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Organisation or school</source>
        <translation>Organisation or school</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>Final test</source>
        <translation>Final test</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <source>Enrol &amp;volunteer...</source>
        <translation>Enrol &amp;volunteer...</translation>
    </message>
    <message>
        <source>Enrol &amp;other...</source>
        <translation>Enrol &amp;other...</translation>
    </message>
    <message>
        <source>Final &amp;test...</source>
        <translation>Final &amp;test...</translation>
    </message>
    <message>
        <source>Ce&amp;rtificate...</source>
        <translation>Ce&amp;rtificate...</translation>
    </message>
    <message>
        <source>Issues the certificate of a participant who attended enough and passed the test, grants the course's qualification, and saves it as PDF</source>
        <translation>Issues the certificate of a participant who attended enough and passed the test, grants the course's qualification, and saves it as PDF</translation>
    </message>
    <message>
        <source>No edition in %1: choose another year or add an edition.</source>
        <translation>No edition in %1: choose another year or add an edition.</translation>
    </message>
    <message>
        <source>%1, edition %2 (%3, %4)</source>
        <translation>%1, edition %2 (%3, %4)</translation>
    </message>
    <message>
        <source>minimum attendance %1% of the hours</source>
        <translation>minimum attendance %1% of the hours</translation>
    </message>
    <message>
        <source>final test passed from %1 out of %2</source>
        <translation>final test passed from %1 out of %2</translation>
    </message>
    <message numerus="yes">
        <source>grants «%1» for %n month(s)</source>
        <translation>
            <numerusform>grants «%1» for %n month</numerusform>
            <numerusform>grants «%1» for %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>grants «%1»</source>
        <translation>grants «%1»</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>to record</source>
        <translation>to record</translation>
    </message>
    <message>
        <source>not admitted</source>
        <translation>not admitted</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Students</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>does not expire</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;For:</translation>
    </message>
    <message>
        <source>Minimum &amp;attendance:</source>
        <translation>Minimum &amp;attendance:</translation>
    </message>
    <message>
        <source>&amp;Pass score:</source>
        <translation>&amp;Pass score:</translation>
    </message>
    <message>
        <source>&amp;Highest score:</source>
        <translation>&amp;Highest score:</translation>
    </message>
    <message>
        <source>&amp;Qualification granted:</source>
        <translation>&amp;Qualification granted:</translation>
    </message>
    <message>
        <source>&amp;Valid for (months):</source>
        <translation>&amp;Valid for (months):</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>New course</translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>&amp;Course:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>New edition</source>
        <translation>New edition</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Length:</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>T&amp;opic:</translation>
    </message>
    <message>
        <source>T&amp;rainer:</source>
        <translation>T&amp;rainer:</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>New session</translation>
    </message>
    <message>
        <source>Present on %1 (%2):</source>
        <translation>Present on %1 (%2):</translation>
    </message>
    <message>
        <source>All present</source>
        <translation>All present</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Enrol a volunteer</source>
        <translation>Enrol a volunteer</translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation>&amp;Surname:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>S&amp;chool or body:</source>
        <translation>S&amp;chool or body:</translation>
    </message>
    <message>
        <source>Enrol a participant</source>
        <translation>Enrol a participant</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>no score</translation>
    </message>
    <message>
        <source>not taken</source>
        <translation>not taken</translation>
    </message>
    <message>
        <source>&amp;Score (out of %1):</source>
        <translation>&amp;Score (out of %1):</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Result:</translation>
    </message>
    <message>
        <source>Edit co&amp;urse...</source>
        <translation>Edit co&amp;urse...</translation>
    </message>
    <message>
        <source>Changes the course of the selected edition</source>
        <translation>Changes the course of the selected edition</translation>
    </message>
    <message>
        <source>Edit e&amp;dition...</source>
        <translation>Edit e&amp;dition...</translation>
    </message>
    <message>
        <source>Changes the selected edition: its dates must still include its sessions</source>
        <translation>Changes the selected edition: its dates must still include its sessions</translation>
    </message>
    <message>
        <source>Print certificate...</source>
        <translation>Print certificate...</translation>
    </message>
    <message>
        <source>Save certificate as PDF...</source>
        <translation>Save certificate as PDF...</translation>
    </message>
    <message>
        <source>Edit course %1</source>
        <translation>Edit course %1</translation>
    </message>
    <message>
        <source>In use: %1, %2, %3.</source>
        <translation>In use: %1, %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n test result(s)</source>
        <translation>
            <numerusform>%n test result</numerusform>
            <numerusform>%n test results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n certificate</numerusform>
            <numerusform>%n certificates</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit edition %1</source>
        <translation>Edit edition %1</translation>
    </message>
    <message>
        <source>The sessions recorded go from %1 to %2: the dates must include them.</source>
        <translation>The sessions recorded go from %1 to %2: the dates must include them.</translation>
    </message>
</context>
<context>
    <name>volunteers::VolunteerAuditNames</name>
    <message>
        <source>%1, day of %2</source>
        <translation>%1, day of %2</translation>
    </message>
    <message>
        <source>attestato %1 (%2), day of %3</source>
        <translation>attestato %1 (%2), day of %3</translation>
    </message>
    <message>
        <source>attestato %1 (%2)</source>
        <translation>attestato %1 (%2)</translation>
    </message>
    <message>
        <source>batch of attestati %1 – %2</source>
        <translation>batch of attestati %1 – %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, renewal %2</source>
        <translation>%1, renewal %2</translation>
    </message>
</context>
<context>
    <name>volunteers::VolunteerDetailsPanel</name>
    <message>
        <source>Art. 39 limits</source>
        <translation>Art. 39 limits</translation>
    </message>
    <message>
        <source>All volunteers over the limits...</source>
        <translation>All volunteers over the limits...</translation>
    </message>
    <message>
        <source>Days of activation</source>
        <translation>Days of activation</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Attestato</source>
        <translation>Attestato</translation>
    </message>
    <message>
        <source>Re&amp;verse day...</source>
        <translation>Re&amp;verse day...</translation>
    </message>
    <message>
        <source>Cancel a day recorded by mistake: the ledger keeps it, with a reversal and the reason</source>
        <translation>Cancel a day recorded by mistake: the ledger keeps it, with a reversal and the reason</translation>
    </message>
    <message>
        <source>Courses and qualifications</source>
        <translation>Courses and qualifications</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Obtained</source>
        <translation>Obtained</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Add...</translation>
    </message>
    <message>
        <source>Ch&amp;ange...</source>
        <translation>Ch&amp;ange...</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Choose a volunteer in the list</source>
        <translation>Choose a volunteer in the list</translation>
    </message>
    <message>
        <source> (no longer active)</source>
        <translation> (no longer active)</translation>
    </message>
    <message>
        <source>Codice fiscale &lt;b&gt;%1&lt;/b&gt; · born on %2</source>
        <translation>Codice fiscale &lt;b&gt;%1&lt;/b&gt; · born on %2</translation>
    </message>
    <message>
        <source>Lives in %1%2</source>
        <translation>Lives in %1%2</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>Organisation: %1</translation>
    </message>
    <message>
        <source>Not working: no attestato for an employer needed</source>
        <translation>Not working: no attestato for an employer needed</translation>
    </message>
    <message>
        <source>Self-employed: %1 (%2)</source>
        <translation>Self-employed: %1 (%2)</translation>
    </message>
    <message>
        <source>Self-employed, &lt;span style="color:#a15c00"&gt;business not on record&lt;/span&gt;</source>
        <translation>Self-employed, &lt;span style="color:#a15c00"&gt;business not on record&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Employer: %1 (%2)%3</source>
        <translation>Employer: %1 (%2)%3</translation>
    </message>
    <message>
        <source>, PEC %1</source>
        <translation>, PEC %1</translation>
    </message>
    <message>
        <source>&lt;span style="color:#a15c00"&gt;No employer on record: attestati cannot be issued&lt;/span&gt;</source>
        <translation>&lt;span style="color:#a15c00"&gt;No employer on record: attestati cannot be issued&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b style="color:#2e7d32"&gt;Within the limits.&lt;/b&gt;</source>
        <translation>&lt;b style="color:#2e7d32"&gt;Within the limits.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Longest run of consecutive days: %1 (training: %2).</source>
        <translation>Longest run of consecutive days: %1 (training: %2).</translation>
    </message>
    <message>
        <source>Beyond an art. 39 limit</source>
        <translation>Beyond an art. 39 limit</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>does not expire</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (expired)</translation>
    </message>
    <message>
        <source>%1 (expires soon)</source>
        <translation>%1 (expires soon)</translation>
    </message>
    <message>
        <source>Reverse day</source>
        <translation>Reverse day</translation>
    </message>
    <message>
        <source>Reverse the day %1 (%2)? The ledger keeps the day and this reversal.
Why:</source>
        <translation>Reverse the day %1 (%2)? The ledger keeps the day and this reversal.
Why:</translation>
    </message>
    <message>
        <source>This day is certified by attestato %1, which the employer may already have. Reverse it anyway?</source>
        <translation>This day is certified by attestato %1, which the employer may already have. Reverse it anyway?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove «%1» from this volunteer?</source>
        <translation>Remove «%1» from this volunteer?</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style="color:#b71c1c"&gt;Over the limits on %Ln days&lt;/b&gt;, from %1: %2.</source>
        <translation>
            <numerusform>&lt;b style="color:#b71c1c"&gt;Over the limits on %Ln day&lt;/b&gt;, from %1: %2.</numerusform>
            <numerusform>&lt;b style="color:#b71c1c"&gt;Over the limits on %Ln days&lt;/b&gt;, from %1: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the art. 39 limits…</source>
        <translation>Checking the art. 39 limits…</translation>
    </message>
    <message>
        <source>Reading the volunteer…</source>
        <translation>Reading the volunteer…</translation>
    </message>
</context>
<context>
    <name>volunteers::VolunteerDialog</name>
    <message>
        <source>Change volunteer</source>
        <translation>Change volunteer</translation>
    </message>
    <message>
        <source>New volunteer</source>
        <translation>New volunteer</translation>
    </message>
    <message>
        <source>16 characters, e.g. RSSMRA80A01F205X</source>
        <translation>16 characters, e.g. RSSMRA80A01F205X</translation>
    </message>
    <message>
        <source>any Italian comune, e.g. Limbiate (MB)</source>
        <translation>any Italian comune, e.g. Limbiate (MB)</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation>Self-employed</translation>
    </message>
    <message>
        <source>Not working (retired, student...)</source>
        <translation>Not working (retired, student...)</translation>
    </message>
    <message>
        <source>partita IVA or codice fiscale</source>
        <translation>partita IVA or codice fiscale</translation>
    </message>
    <message>
        <source>where the attestati are sent</source>
        <translation>where the attestati are sent</translation>
    </message>
    <message>
        <source>Active volunteer</source>
        <translation>Active volunteer</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation>&amp;Surname:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Codice fiscale:</source>
        <translation>&amp;Codice fiscale:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Residence:</source>
        <translation>&amp;Residence:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tes:</translation>
    </message>
    <message>
        <source>Work and attestati</source>
        <translation>Work and attestati</translation>
    </message>
    <message>
        <source>&amp;Working condition:</source>
        <translation>&amp;Working condition:</translation>
    </message>
    <message>
        <source>Employer &amp;tax code:</source>
        <translation>Employer &amp;tax code:</translation>
    </message>
    <message>
        <source>E&amp;mployer:</source>
        <translation>E&amp;mployer:</translation>
    </message>
    <message>
        <source>Employer add&amp;ress:</source>
        <translation>Employer add&amp;ress:</translation>
    </message>
    <message>
        <source>Employer P&amp;EC:</source>
        <translation>Employer P&amp;EC:</translation>
    </message>
    <message>
        <source>The attestato of each activation is addressed to the employer (for the self-employed, to their own business), who may ask for reimbursement within two years.</source>
        <translation>The attestato of each activation is addressed to the employer (for the self-employed, to their own business), who may ask for reimbursement within two years.</translation>
    </message>
    <message>
        <source>Valid: a woman born on %1</source>
        <translation>Valid: a woman born on %1</translation>
    </message>
    <message>
        <source>Valid: a man born on %1</source>
        <translation>Valid: a man born on %1</translation>
    </message>
    <message>
        <source>(it does not match the surname and name)</source>
        <translation>(it does not match the surname and name)</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Did you mean %1?</translation>
    </message>
    <message>
        <source>The codice fiscale does not match the surname and name as written. Save anyway?</source>
        <translation>The codice fiscale does not match the surname and name as written. Save anyway?</translation>
    </message>
    <message>
        <source>choose the organisation</source>
        <translation>choose the organisation</translation>
    </message>
    <message numerus="yes">
        <source>%Ln characters of 16</source>
        <translation>
            <numerusform>%Ln character of 16</numerusform>
            <numerusform>%Ln characters of 16</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>volunteers::VolunteerErrors</name>
    <message>
        <source>The codice fiscale is missing.</source>
        <translation>The codice fiscale is missing.</translation>
    </message>
    <message>
        <source>The codice fiscale «%1» is not well formed: character %2 is wrong.</source>
        <translation>The codice fiscale «%1» is not well formed: character %2 is wrong.</translation>
    </message>
    <message>
        <source>The codice fiscale «%1» has no valid month letter (character 9).</source>
        <translation>The codice fiscale «%1» has no valid month letter (character 9).</translation>
    </message>
    <message>
        <source>The codice fiscale «%1» has an impossible birth date.</source>
        <translation>The codice fiscale «%1» has an impossible birth date.</translation>
    </message>
    <message>
        <source>The codice fiscale «%1» is not valid: its last character should be %2. Check for a typing error.</source>
        <translation>The codice fiscale «%1» is not valid: its last character should be %2. Check for a typing error.</translation>
    </message>
    <message>
        <source>The codice fiscale %1 already belongs to %2.</source>
        <translation>The codice fiscale %1 already belongs to %2.</translation>
    </message>
    <message>
        <source>The codice fiscale %1 does not match the surname and name «%2»: check them.</source>
        <translation>The codice fiscale %1 does not match the surname and name «%2»: check them.</translation>
    </message>
    <message>
        <source>Surname and name are both needed.</source>
        <translation>Surname and name are both needed.</translation>
    </message>
    <message>
        <source>The organisation does not exist (any more).</source>
        <translation>The organisation does not exist (any more).</translation>
    </message>
    <message>
        <source>The employer does not exist (any more).</source>
        <translation>The employer does not exist (any more).</translation>
    </message>
    <message>
        <source>The volunteer does not exist (any more).</source>
        <translation>The volunteer does not exist (any more).</translation>
    </message>
    <message>
        <source>The organisation needs a name.</source>
        <translation>The organisation needs a name.</translation>
    </message>
    <message>
        <source>An organisation called «%1» already exists.</source>
        <translation>An organisation called «%1» already exists.</translation>
    </message>
    <message>
        <source>Registry number %1 already belongs to «%2».</source>
        <translation>Registry number %1 already belongs to «%2».</translation>
    </message>
    <message>
        <source>The renewal cannot be marked as done: checklist items %1 are still open.</source>
        <translation>The renewal cannot be marked as done: checklist items %1 are still open.</translation>
    </message>
    <message>
        <source>The employer needs a name.</source>
        <translation>The employer needs a name.</translation>
    </message>
    <message>
        <source>«%1» is neither a valid partita IVA (11 digits) nor a valid codice fiscale.</source>
        <translation>«%1» is neither a valid partita IVA (11 digits) nor a valid codice fiscale.</translation>
    </message>
    <message>
        <source>The tax code %1 already belongs to the employer «%2».</source>
        <translation>The tax code %1 already belongs to the employer «%2».</translation>
    </message>
    <message>
        <source>Write the name of the course or qualification.</source>
        <translation>Write the name of the course or qualification.</translation>
    </message>
    <message>
        <source>The expiry date comes before the date obtained.</source>
        <translation>The expiry date comes before the date obtained.</translation>
    </message>
    <message>
        <source>The event needs a name.</source>
        <translation>The event needs a name.</translation>
    </message>
    <message>
        <source>Write the act that authorised the activation (e.g. the decree or the request).</source>
        <translation>Write the act that authorised the activation (e.g. the decree or the request).</translation>
    </message>
    <message>
        <source>The event ends before it starts.</source>
        <translation>The event ends before it starts.</translation>
    </message>
    <message>
        <source>An event called «%1» already exists.</source>
        <translation>An event called «%1» already exists.</translation>
    </message>
    <message>
        <source>The service needs a name.</source>
        <translation>The service needs a name.</translation>
    </message>
    <message>
        <source>A service called «%1» already exists.</source>
        <translation>A service called «%1» already exists.</translation>
    </message>
    <message>
        <source>«%1» is one of the services of the published figures: it cannot be renamed.</source>
        <translation>«%1» is one of the services of the published figures: it cannot be renamed.</translation>
    </message>
    <message>
        <source>Choose at least one volunteer.</source>
        <translation>Choose at least one volunteer.</translation>
    </message>
    <message>
        <source>The period %1 – %2 is not valid: the last day comes before the first.</source>
        <translation>The period %1 – %2 is not valid: the last day comes before the first.</translation>
    </message>
    <message>
        <source>The event does not exist (any more).</source>
        <translation>The event does not exist (any more).</translation>
    </message>
    <message>
        <source>%1 is outside the event «%2», which starts on %3.</source>
        <translation>%1 is outside the event «%2», which starts on %3.</translation>
    </message>
    <message>
        <source>%1 is outside the event «%2», which runs from %3 to %4.</source>
        <translation>%1 is outside the event «%2», which runs from %3 to %4.</translation>
    </message>
    <message>
        <source>The service does not exist (any more).</source>
        <translation>The service does not exist (any more).</translation>
    </message>
    <message>
        <source>The service «%1» is no longer in use.</source>
        <translation>The service «%1» is no longer in use.</translation>
    </message>
    <message>
        <source>%1 is already recorded on %2 (%3): a volunteer counts once a day.</source>
        <translation>%1 is already recorded on %2 (%3): a volunteer counts once a day.</translation>
    </message>
    <message>
        <source>%1 is already on «%3» on %2 and cannot also be on «%4» the same day.</source>
        <translation>%1 is already on «%3» on %2 and cannot also be on «%4» the same day.</translation>
    </message>
    <message>
        <source>The activation day does not exist.</source>
        <translation>The activation day does not exist.</translation>
    </message>
    <message>
        <source>A reversal cannot itself be reversed: record the day again instead.</source>
        <translation>A reversal cannot itself be reversed: record the day again instead.</translation>
    </message>
    <message>
        <source>This day has already been reversed.</source>
        <translation>This day has already been reversed.</translation>
    </message>
    <message>
        <source>Write why the day is being reversed.</source>
        <translation>Write why the day is being reversed.</translation>
    </message>
    <message>
        <source>This day is certified by attestato %1, already issued.</source>
        <translation>This day is certified by attestato %1, already issued.</translation>
    </message>
    <message>
        <source>%1 has no employer on record: add it to the volunteer before issuing the attestato.</source>
        <translation>%1 has no employer on record: add it to the volunteer before issuing the attestato.</translation>
    </message>
    <message>
        <source>%1 does not work (retired, student...): no attestato for an employer is needed.</source>
        <translation>%1 does not work (retired, student...): no attestato for an employer is needed.</translation>
    </message>
    <message>
        <source>%1 has no days left to certify between %2 and %3.</source>
        <translation>%1 has no days left to certify between %2 and %3.</translation>
    </message>
    <message>
        <source>%1 is over the art. 39 limits on %2: look at those days before issuing.</source>
        <translation>%1 is over the art. 39 limits on %2: look at those days before issuing.</translation>
    </message>
    <message>
        <source>The attestato is not in the register.</source>
        <translation>The attestato is not in the register.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created or written.</source>
        <translation>The folder %1 cannot be created or written.</translation>
    </message>
    <message>
        <source>the column «%1» is missing.</source>
        <translation>the column «%1» is missing.</translation>
    </message>
    <message>
        <source>there is no organisation «%1» (write its name or its registry number).</source>
        <translation>there is no organisation «%1» (write its name or its registry number).</translation>
    </message>
    <message>
        <source>«%1» is not a working condition: write dipendente, autonomo or non occupato.</source>
        <translation>«%1» is not a working condition: write dipendente, autonomo or non occupato.</translation>
    </message>
    <message>
        <source>the employer «%1» needs its partita IVA or codice fiscale.</source>
        <translation>the employer «%1» needs its partita IVA or codice fiscale.</translation>
    </message>
    <message>
        <source>the codice fiscale %1 was already on line %2 of the file.</source>
        <translation>the codice fiscale %1 was already on line %2 of the file.</translation>
    </message>
    <message>
        <source>no volunteer has the codice fiscale %1: import the volunteer first.</source>
        <translation>no volunteer has the codice fiscale %1: import the volunteer first.</translation>
    </message>
    <message>
        <source>there is no event «%1».</source>
        <translation>there is no event «%1».</translation>
    </message>
    <message>
        <source>there is no service «%1».</source>
        <translation>there is no service «%1».</translation>
    </message>
    <message>
        <source>«%1» read as %2.</source>
        <translation>«%1» read as %2.</translation>
    </message>
    <message>
        <source>The demo data does not reproduce the published figures (%1).</source>
        <translation>The demo data does not reproduce the published figures (%1).</translation>
    </message>
    <message>
        <source>«%1» has been changed since: its earlier values are not put back.</source>
        <translation>«%1» has been changed since: its earlier values are not put back.</translation>
    </message>
    <message>
        <source>Choose the volunteer's organisation: it is required.</source>
        <translation>Choose the volunteer's organisation: it is required.</translation>
    </message>
    <message>
        <source>Choose the event of the activation: it is required.</source>
        <translation>Choose the event of the activation: it is required.</translation>
    </message>
    <message numerus="yes">
        <source> (and %Ln more days in conflict)</source>
        <translation>
            <numerusform> (and %Ln more day in conflict)</numerusform>
            <numerusform> (and %Ln more days in conflict)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file has %Ln problems: nothing was imported.</source>
        <translation>
            <numerusform>The file has %Ln problem: nothing was imported.</numerusform>
            <numerusform>The file has %Ln problems: nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>«%1» is not something the Volontari module imports (volunteers, activations, organisations).</source>
        <translation>«%1» is not something the Volontari module imports (volunteers, activations, organisations).</translation>
    </message>
    <message>
        <source>the organisation «%1» was already on line %2 of the file.</source>
        <translation>the organisation «%1» was already on line %2 of the file.</translation>
    </message>
    <message>
        <source>«%1» is not a kind of organisation: write associazione or gruppo comunale.</source>
        <translation>«%1» is not a kind of organisation: write associazione or gruppo comunale.</translation>
    </message>
    <message>
        <source>Unknown import «%1»: volunteers, activations or organisations.</source>
        <translation>Unknown import «%1»: volunteers, activations or organisations.</translation>
    </message>
    <message numerus="yes">
        <source>The codice fiscale «%1» has %n character(s) instead of 16.</source>
        <translation>
            <numerusform>The codice fiscale «%1» has %n character instead of 16.</numerusform>
            <numerusform>The codice fiscale «%1» has %n characters instead of 16.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With these dates %n recorded day(s) (the first on %1) would fall outside the event: reverse them first.</source>
        <translation>
            <numerusform>With these dates %n recorded day (the first on %1) would fall outside the event: reverse them first.</numerusform>
            <numerusform>With these dates %n recorded days (the first on %1) would fall outside the event: reverse them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A period can be at most %n day(s) long.</source>
        <translation>
            <numerusform>A period can be at most %n day long.</numerusform>
            <numerusform>A period can be at most %n days long.</numerusform>
        </translation>
    </message>
    <message>
        <source>The attestato %1 is void: another workstation had already certified the same days with an earlier attestato. It is not printed again.</source>
        <translation>The attestato %1 is void: another workstation had already certified the same days with an earlier attestato. It is not printed again.</translation>
    </message>
    <message>
        <source>The course has no code.</source>
        <translation>The course has no code.</translation>
    </message>
    <message>
        <source>The course has no title.</source>
        <translation>The course has no title.</translation>
    </message>
    <message>
        <source>Another course already has the code «%1».</source>
        <translation>Another course already has the code «%1».</translation>
    </message>
    <message>
        <source>The minimum attendance must be between 0 and 100 per cent, not %1.</source>
        <translation>The minimum attendance must be between 0 and 100 per cent, not %1.</translation>
    </message>
    <message>
        <source>The pass score (%1) must be between 0 and the highest score (%2), which must be above 0.</source>
        <translation>The pass score (%1) must be between 0 and the highest score (%2), which must be above 0.</translation>
    </message>
    <message>
        <source>The validity must be between 1 and 600 months, not %1.</source>
        <translation>The validity must be between 1 and 600 months, not %1.</translation>
    </message>
    <message>
        <source>A validity was given but the course grants no qualification: name the qualification.</source>
        <translation>A validity was given but the course grants no qualification: name the qualification.</translation>
    </message>
    <message>
        <source>The course does not exist (any more).</source>
        <translation>The course does not exist (any more).</translation>
    </message>
    <message>
        <source>The edition has no code.</source>
        <translation>The edition has no code.</translation>
    </message>
    <message>
        <source>Another edition already has the code «%1».</source>
        <translation>Another edition already has the code «%1».</translation>
    </message>
    <message>
        <source>The edition ends (%2) before it starts (%1).</source>
        <translation>The edition ends (%2) before it starts (%1).</translation>
    </message>
    <message>
        <source>With these dates some sessions of the edition (%1) would fall outside it: move them first.</source>
        <translation>With these dates some sessions of the edition (%1) would fall outside it: move them first.</translation>
    </message>
    <message>
        <source>The edition does not exist (any more).</source>
        <translation>The edition does not exist (any more).</translation>
    </message>
    <message>
        <source>The session of %1 falls outside the edition (%2 - %3).</source>
        <translation>The session of %1 falls outside the edition (%2 - %3).</translation>
    </message>
    <message>
        <source>A session lasts from 15 to 720 minutes (given: %1).</source>
        <translation>A session lasts from 15 to 720 minutes (given: %1).</translation>
    </message>
    <message>
        <source>The start time «%1» is not a time (hh:mm).</source>
        <translation>The start time «%1» is not a time (hh:mm).</translation>
    </message>
    <message>
        <source>The session does not exist (any more).</source>
        <translation>The session does not exist (any more).</translation>
    </message>
    <message>
        <source>Give the surname and the name of the participant, or choose a volunteer.</source>
        <translation>Give the surname and the name of the participant, or choose a volunteer.</translation>
    </message>
    <message>
        <source>%1 is already enrolled in this edition.</source>
        <translation>%1 is already enrolled in this edition.</translation>
    </message>
    <message>
        <source>The participant does not exist (any more).</source>
        <translation>The participant does not exist (any more).</translation>
    </message>
    <message>
        <source>A participant marked present is not enrolled in this edition.</source>
        <translation>A participant marked present is not enrolled in this edition.</translation>
    </message>
    <message>
        <source>This course has no final test.</source>
        <translation>This course has no final test.</translation>
    </message>
    <message>
        <source>The score %1 is out of range: from 0 to %2.</source>
        <translation>The score %1 is out of range: from 0 to %2.</translation>
    </message>
    <message>
        <source>The score %1 and the result disagree: the test is passed from %2 up.</source>
        <translation>The score %1 and the result disagree: the test is passed from %2 up.</translation>
    </message>
    <message>
        <source>The certificate %1 has already been issued: the test result can no longer change.</source>
        <translation>The certificate %1 has already been issued: the test result can no longer change.</translation>
    </message>
    <message>
        <source>The edition has no sessions: there is no attendance to certify.</source>
        <translation>The edition has no sessions: there is no attendance to certify.</translation>
    </message>
    <message>
        <source>No certificate: the participant attended %1% of the hours, the course requires %2%.</source>
        <translation>No certificate: the participant attended %1% of the hours, the course requires %2%.</translation>
    </message>
    <message>
        <source>Not admitted to the final test: the participant attended %1% of the hours, the course requires %2%.</source>
        <translation>Not admitted to the final test: the participant attended %1% of the hours, the course requires %2%.</translation>
    </message>
    <message>
        <source>No certificate: the final test has not been recorded yet.</source>
        <translation>No certificate: the final test has not been recorded yet.</translation>
    </message>
    <message>
        <source>No certificate: the participant did not pass the final test.</source>
        <translation>No certificate: the participant did not pass the final test.</translation>
    </message>
    <message>
        <source>The certificate cannot be dated before the end of the edition (%1).</source>
        <translation>The certificate cannot be dated before the end of the edition (%1).</translation>
    </message>
    <message>
        <source>The certificate cannot be dated in the future (%1).</source>
        <translation>The certificate cannot be dated in the future (%1).</translation>
    </message>
    <message>
        <source>The certificate of this participant has not been issued yet.</source>
        <translation>The certificate of this participant has not been issued yet.</translation>
    </message>
    <message>
        <source>Choose the organisation.</source>
        <translation>Choose the organisation.</translation>
    </message>
    <message>
        <source>There is no organisation with id «%1».</source>
        <translation>There is no organisation with id «%1».</translation>
    </message>
    <message>
        <source>«%1» is not a year (2000-2100).</source>
        <translation>«%1» is not a year (2000-2100).</translation>
    </message>
    <message>
        <source>The exercise has no title.</source>
        <translation>The exercise has no title.</translation>
    </message>
    <message>
        <source>The exercise ends (%2) before it starts (%1).</source>
        <translation>The exercise ends (%2) before it starts (%1).</translation>
    </message>
    <message>
        <source>An exercise is recorded once held: %1 is in the future.</source>
        <translation>An exercise is recorded once held: %1 is in the future.</translation>
    </message>
    <message>
        <source>The participants must be from 1 to 10,000, not %1.</source>
        <translation>The participants must be from 1 to 10,000, not %1.</translation>
    </message>
    <message>
        <source>The person-days (%1) do not fit the participants (%2) and the days of the exercise (%3): at least one per participant, at most one per participant per day.</source>
        <translation>The person-days (%1) do not fit the participants (%2) and the days of the exercise (%3): at least one per participant, at most one per participant per day.</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) of this course issued: its minimum attendance, final test, scores and qualification can no longer change.</source>
        <translation>
            <numerusform>%n certificate of this course issued: its minimum attendance, final test, scores and qualification can no longer change.</numerusform>
            <numerusform>%n certificates of this course issued: its minimum attendance, final test, scores and qualification can no longer change.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n final test result(s) of this course recorded: the final test and its pass score can no longer change.</source>
        <translation>
            <numerusform>%n final test result of this course recorded: the final test and its pass score can no longer change.</numerusform>
            <numerusform>%n final test results of this course recorded: the final test and its pass score can no longer change.</numerusform>
        </translation>
    </message>
    <message>
        <source>A score of %1 is already recorded: the highest score cannot be %2.</source>
        <translation>A score of %1 is already recorded: the highest score cannot be %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) enrolled in this edition: it can no longer move to another course.</source>
        <translation>
            <numerusform>%n participant enrolled in this edition: it can no longer move to another course.</numerusform>
            <numerusform>%n participants enrolled in this edition: it can no longer move to another course.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) of this edition issued: its code and dates, printed on them, can no longer change.</source>
        <translation>
            <numerusform>%n certificate of this edition issued: its code and dates, printed on them, can no longer change.</numerusform>
            <numerusform>%n certificates of this edition issued: its code and dates, printed on them, can no longer change.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>volunteers::VolunteerPicker</name>
    <message>
        <source>Type surname, name or codice fiscale</source>
        <translation>Type surname, name or codice fiscale</translation>
    </message>
</context>
<context>
    <name>volunteers::VolunteerReports</name>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Ordinary activity</source>
        <translation>Ordinary activity</translation>
    </message>
    <message>
        <source>Declared national emergency</source>
        <translation>Declared national emergency</translation>
    </message>
    <message>
        <source>COVID-19 emergency</source>
        <translation>COVID-19 emergency</translation>
    </message>
    <message>
        <source>Training, exercise, planning</source>
        <translation>Training, exercise, planning</translation>
    </message>
    <message>
        <source>day %1 in a row (limit %2, %3)</source>
        <translation>day %1 in a row (limit %2, %3)</translation>
    </message>
    <message>
        <source>day %1 of the year (limit %2, %3)</source>
        <translation>day %1 of the year (limit %2, %3)</translation>
    </message>
    <message>
        <source>Volunteer person-days</source>
        <translation>Volunteer person-days</translation>
    </message>
    <message>
        <source>Volunteers over the art. 39 limits</source>
        <translation>Volunteers over the art. 39 limits</translation>
    </message>
    <message>
        <source>Attestati issued</source>
        <translation>Attestati issued</translation>
    </message>
    <message>
        <source>Attestati to issue</source>
        <translation>Attestati to issue</translation>
    </message>
    <message>
        <source>Volunteer organisations and renewal of operational status</source>
        <translation>Volunteer organisations and renewal of operational status</translation>
    </message>
    <message>
        <source>Volunteer person-days by %1</source>
        <translation>Volunteer person-days by %1</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Grouped by</source>
        <translation>Grouped by</translation>
    </message>
    <message>
        <source>Person-days</source>
        <translation>Person-days</translation>
    </message>
    <message>
        <source>(place not recorded)</source>
        <translation>(place not recorded)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Limits of art. 39 D.Lgs 1/2018 per volunteer: ordinary activity 30 consecutive days and 90 a year; declared national emergency 60 and 180; COVID-19 emergency 180 consecutive days (DL 34/2020 art. 35-bis) and 180 a year; training, exercises and planning 10 and 30. These days must be looked at before any attestato is issued.</source>
        <translation>Limits of art. 39 D.Lgs 1/2018 per volunteer: ordinary activity 30 consecutive days and 90 a year; declared national emergency 60 and 180; COVID-19 emergency 180 consecutive days (DL 34/2020 art. 35-bis) and 180 a year; training, exercises and planning 10 and 30. These days must be looked at before any attestato is issued.</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>Codice fiscale</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>Days over a limit</source>
        <translation>Days over a limit</translation>
    </message>
    <message>
        <source>Not yet certified</source>
        <translation>Not yet certified</translation>
    </message>
    <message>
        <source>First day over</source>
        <translation>First day over</translation>
    </message>
    <message>
        <source>Limit exceeded</source>
        <translation>Limit exceeded</translation>
    </message>
    <message>
        <source>from %1: %2</source>
        <translation>from %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n volunteers</source>
        <translation>
            <numerusform>Total: %n volunteer</numerusform>
            <numerusform>Total: %n volunteers</numerusform>
        </translation>
    </message>
    <message>
        <source>Issued in the period</source>
        <translation>Issued in the period</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>Employer tax code</source>
        <translation>Employer tax code</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Over limit</source>
        <translation>Over limit</translation>
    </message>
    <message>
        <source>Reimbursement by</source>
        <translation>Reimbursement by</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n attestati</source>
        <translation>
            <numerusform>Total: %n attestato</numerusform>
            <numerusform>Total: %n attestati</numerusform>
        </translation>
    </message>
    <message>
        <source>Activation days in the period</source>
        <translation>Activation days in the period</translation>
    </message>
    <message>
        <source>One attestato per volunteer, event, organisation and month, for the days not yet certified of volunteers who work (employees and self-employed).</source>
        <translation>One attestato per volunteer, event, organisation and month, for the days not yet certified of volunteers who work (employees and self-employed).</translation>
    </message>
    <message>
        <source>Attestati</source>
        <translation>Attestati</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>Without employer</source>
        <translation>Without employer</translation>
    </message>
    <message>
        <source>Volunteer organisations: renewal %1</source>
        <translation>Volunteer organisations: renewal %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Registry no.</source>
        <translation>Registry no.</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renewal</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>renewed</source>
        <translation>renewed</translation>
    </message>
    <message>
        <source>not renewed</source>
        <translation>not renewed</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>Municipal group</source>
        <translation>Municipal group</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n organisations</source>
        <translation>
            <numerusform>Total: %n organisation</numerusform>
            <numerusform>Total: %n organisations</numerusform>
        </translation>
    </message>
    <message>
        <source>month</source>
        <translation>month</translation>
    </message>
    <message>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>comune</source>
        <translation>comune</translation>
    </message>
    <message>
        <source>A person-day (giornata/persona) is one volunteer active on one day: a volunteer counts once a day, whatever the services. Counted from the activation records: %1 by %2.</source>
        <translation>A person-day (giornata/persona) is one volunteer active on one day: a volunteer counts once a day, whatever the services. Counted from the activation records: %1 by %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person-day(s)</source>
        <translation>
            <numerusform>%Ln person-day</numerusform>
            <numerusform>%Ln person-days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln volunteer(s)</source>
        <translation>
            <numerusform>%Ln volunteer</numerusform>
            <numerusform>%Ln volunteers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n renewed</source>
        <translation>
            <numerusform>%n renewed</numerusform>
            <numerusform>%n renewed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>volunteers::VolunteersModule</name>
    <message>
        <source>Person-days this month</source>
        <translation>Person-days this month</translation>
    </message>
    <message>
        <source>Volunteers over an art. 39 limit</source>
        <translation>Volunteers over an art. 39 limit</translation>
    </message>
    <message>
        <source>look at their days before issuing attestati</source>
        <translation>look at their days before issuing attestati</translation>
    </message>
    <message>
        <source>nobody over the limits</source>
        <translation>nobody over the limits</translation>
    </message>
    <message>
        <source>Attestati to issue</source>
        <translation>Attestati to issue</translation>
    </message>
    <message>
        <source>batch production in the Volunteers tab</source>
        <translation>batch production in the Volunteers tab</translation>
    </message>
    <message>
        <source>Organisations renewed in %1</source>
        <translation>Organisations renewed in %1</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message numerus="yes">
        <source>%Ln volunteers without employer on record</source>
        <translation>
            <numerusform>%Ln volunteer without employer on record</numerusform>
            <numerusform>%Ln volunteers without employer on record</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 last month · %2</source>
        <translation>%1 last month · %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln active volunteer(s)</source>
        <translation>
            <numerusform>%Ln active volunteer</numerusform>
            <numerusform>%Ln active volunteers</numerusform>
        </translation>
    </message>
    <message>
        <source>Courses (editions)</source>
        <translation>Courses (editions)</translation>
    </message>
</context>
<context>
    <name>volunteers::VolunteersPage</name>
    <message>
        <source>Search by surname, name or codice fiscale</source>
        <translation>Search by surname, name or codice fiscale</translation>
    </message>
    <message>
        <source>Search volunteers</source>
        <translation>Search volunteers</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>All organisations</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>Active only</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Codice fiscale</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>Residence</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>No employer on record: attestati cannot be issued</source>
        <translation>No employer on record: attestati cannot be issued</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>&amp;New volunteer...</source>
        <translation>&amp;New volunteer...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Edit...</translation>
    </message>
    <message>
        <source>&amp;Record days...</source>
        <translation>&amp;Record days...</translation>
    </message>
    <message>
        <source>Enter this volunteer's days of activation, one day or a period</source>
        <translation>Enter this volunteer's days of activation, one day or a period</translation>
    </message>
    <message>
        <source>&amp;Issue attestato...</source>
        <translation>&amp;Issue attestato...</translation>
    </message>
    <message numerus="yes">
        <source>%Ln volunteers</source>
        <translation>
            <numerusform>%Ln volunteer</numerusform>
            <numerusform>%Ln volunteers</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import spreadsheet...</source>
        <translation>&amp;Import spreadsheet...</translation>
    </message>
    <message>
        <source>Reading the volunteers…</source>
        <translation>Reading the volunteers…</translation>
    </message>
</context>
<context>
    <name>volunteers::VolunteersSyncTexts</name>
    <message>
        <source>Activations</source>
        <translation>Activations</translation>
    </message>
    <message>
        <source>Attestati</source>
        <translation>Attestati</translation>
    </message>
    <message>
        <source>Days of the attestati</source>
        <translation>Days of the attestati</translation>
    </message>
    <message>
        <source>Batches of attestati</source>
        <translation>Batches of attestati</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Yearly renewals</source>
        <translation>Yearly renewals</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Employers</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>Qualifications</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Activation days recorded</source>
        <translation>Activation days recorded</translation>
    </message>
    <message>
        <source>Activation day voided</source>
        <translation>Activation day voided</translation>
    </message>
    <message>
        <source>Attestati issued in a batch</source>
        <translation>Attestati issued in a batch</translation>
    </message>
    <message>
        <source>Batch of attestati ended</source>
        <translation>Batch of attestati ended</translation>
    </message>
    <message>
        <source>Attestato issued</source>
        <translation>Attestato issued</translation>
    </message>
    <message>
        <source>Event saved</source>
        <translation>Event saved</translation>
    </message>
    <message>
        <source>Volunteers imported</source>
        <translation>Volunteers imported</translation>
    </message>
    <message>
        <source>Organisation saved</source>
        <translation>Organisation saved</translation>
    </message>
    <message>
        <source>Qualification removed</source>
        <translation>Qualification removed</translation>
    </message>
    <message>
        <source>Qualification saved</source>
        <translation>Qualification saved</translation>
    </message>
    <message>
        <source>Yearly renewal saved</source>
        <translation>Yearly renewal saved</translation>
    </message>
    <message>
        <source>Service saved</source>
        <translation>Service saved</translation>
    </message>
    <message>
        <source>Volunteer saved</source>
        <translation>Volunteer saved</translation>
    </message>
    <message>
        <source>codice fiscale</source>
        <translation>codice fiscale</translation>
    </message>
    <message>
        <source>registry number</source>
        <translation>registry number</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Courses</translation>
    </message>
    <message>
        <source>Course editions</source>
        <translation>Course editions</translation>
    </message>
    <message>
        <source>Course sessions</source>
        <translation>Course sessions</translation>
    </message>
    <message>
        <source>Course participants</source>
        <translation>Course participants</translation>
    </message>
    <message>
        <source>Course attendance</source>
        <translation>Course attendance</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercises</translation>
    </message>
    <message>
        <source>Course saved</source>
        <translation>Course saved</translation>
    </message>
    <message>
        <source>Course edition saved</source>
        <translation>Course edition saved</translation>
    </message>
    <message>
        <source>Course session saved</source>
        <translation>Course session saved</translation>
    </message>
    <message>
        <source>Participant enrolled</source>
        <translation>Participant enrolled</translation>
    </message>
    <message>
        <source>Attendance recorded</source>
        <translation>Attendance recorded</translation>
    </message>
    <message>
        <source>Final test recorded</source>
        <translation>Final test recorded</translation>
    </message>
    <message>
        <source>Course certificate issued</source>
        <translation>Course certificate issued</translation>
    </message>
    <message>
        <source>Exercise saved</source>
        <translation>Exercise saved</translation>
    </message>
</context>
<context>
    <name>volunteers::VolunteersTab</name>
    <message>
        <source>&amp;Volunteers</source>
        <translation>&amp;Volunteers</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>&amp;Organisations</translation>
    </message>
    <message>
        <source>&amp;Activations</source>
        <translation>&amp;Activations</translation>
    </message>
    <message>
        <source>Art. 39 &amp;limits</source>
        <translation>Art. 39 &amp;limits</translation>
    </message>
    <message>
        <source>A&amp;ttestati</source>
        <translation>A&amp;ttestati</translation>
    </message>
    <message>
        <source>&amp;Person-days</source>
        <translation>&amp;Person-days</translation>
    </message>
    <message>
        <source>T&amp;raining</source>
        <translation>T&amp;raining</translation>
    </message>
    <message>
        <source>E&amp;xercises</source>
        <translation>E&amp;xercises</translation>
    </message>
</context>
</TS>
