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
        <source>«%1» what? Write one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prints the SQL schema of a new database (sqlite/schema.sql)</source>
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
        <source>Check the file and say what would change, writing nothing.</source>
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
        <source>&lt;h3&gt;Ci siAMO! %1&lt;/h3&gt;&lt;p&gt;The operations room of the CCV-MI, the coordination of the civil-protection volunteer organisations of the Città metropolitana di Milano, at the Idroscalo.&lt;/p&gt;&lt;p&gt;Stock, deliveries, volunteers, study support: it works offline and keeps every change.&lt;/p&gt;</source>
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
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Who is working at this workstation?&lt;/b&gt;&lt;br/&gt;Your name is recorded with every change you make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your name (at least two letters).</source>
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
