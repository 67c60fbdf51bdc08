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
</TS>
