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
        <source>Choose a file: it is checked first, and nothing is written until you import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
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
        <source>Choose a file: it is checked first, and nothing is written until you import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
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
</TS>
