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
        <source>The database %1 does not exist yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty database, create a demo database to try the program, or open another file?</source>
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
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databases (*.sqlite *.db);;All files (*)</source>
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
        <source>writes a consistent copy of the database to OUT</source>
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
        <source>&amp;Lock after inactivity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workstation left alone locks itself and hides what is on screen: callers&apos; data must not stay in view of whoever passes by.</source>
        <translation type="unfinished"></translation>
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
        <source>The file %1 cannot be written: %2</source>
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
        <source>The backup %1 could not be written. %2</source>
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
</TS>
