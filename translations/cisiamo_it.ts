<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT" sourcelanguage="en">
<context>
    <name>ApplicationController</name>
    <message>
        <source>Ci siAMO!</source>
        <translation>Ci siAMO!</translation>
    </message>
    <message>
        <source>The database %1 does not exist yet.</source>
        <translation>Il database %1 non esiste ancora.</translation>
    </message>
    <message>
        <source>Create an empty database, create a demo database to try the program, or open another file?</source>
        <translation>Creare un database vuoto, creare un database dimostrativo per provare il programma, oppure aprire un altro file?</translation>
    </message>
    <message>
        <source>Create &amp;empty</source>
        <translation>Crea &amp;vuoto</translation>
    </message>
    <message>
        <source>Create &amp;demo</source>
        <translation>Crea &amp;dimostrativo</translation>
    </message>
    <message>
        <source>&amp;Open another...</source>
        <translation>&amp;Apri un altro...</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Apri database</translation>
    </message>
    <message>
        <source>Databases (*.sqlite *.db);;All files (*)</source>
        <translation>Database (*.sqlite *.db);;Tutti i file (*)</translation>
    </message>
</context>
<context>
    <name>CliRun</name>
    <message>
        <source>Database file (default: the one in the settings).</source>
        <translation>File del database (predefinito: quello delle impostazioni).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Language of the program: it (default) or en.</source>
        <translation>Lingua del programma: it (predefinita) o en.</translation>
    </message>
    <message>
        <source>Name recorded with the changes made.</source>
        <translation>Nome registrato con le modifiche fatte.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostra questo aiuto.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostra la versione.</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Uso:</translation>
    </message>
    <message>
        <source>opens the window</source>
        <translation>apre la finestra</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opzioni:</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 failed (message on stderr), 2 bad usage.</source>
        <translation>Codici di uscita: 0 fatto, 1 non riuscito (messaggio su stderr), 2 uso errato.</translation>
    </message>
    <message>
        <source>Unknown command «%1».</source>
        <translation>Comando sconosciuto «%1».</translation>
    </message>
    <message>
        <source>Wrong number of arguments for «%1»: cisiamo %2</source>
        <translation>Numero di argomenti errato per «%1»: cisiamo %2</translation>
    </message>
    <message>
        <source>The database %1 already exists: left untouched.</source>
        <translation>Il database %1 esiste già: non è stato toccato.</translation>
    </message>
    <message>
        <source>--years wants a number of years between 0 and 20.</source>
        <translation>--years vuole un numero di anni tra 0 e 20.</translation>
    </message>
    <message>
        <source>--workstation wants a number between 1 and 9999.</source>
        <translation>--workstation vuole un numero tra 1 e 9999.</translation>
    </message>
    <message>
        <source>demo: %1</source>
        <translation>demo: %1</translation>
    </message>
    <message>
        <source>Demo database created: %1</source>
        <translation>Database dimostrativo creato: %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this program: %2)</source>
        <translation>Versione dello schema: %1 (questo programma: %2)</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Integrità: %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation>DANNEGGIATO</translation>
    </message>
    <message>
        <source>References between tables: %1</source>
        <translation>Riferimenti tra tabelle: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n broken</source>
        <translation>
            <numerusform>%n interrotto</numerusform>
            <numerusform>%n interrotti</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup written: %1 (%2 bytes)</source>
        <translation>Copia di sicurezza scritta: %1 (%2 byte)</translation>
    </message>
    <message>
        <source>There is no report called «%1». Reports: %2.</source>
        <translation>Non esiste un report chiamato «%1». Report disponibili: %2.</translation>
    </message>
    <message>
        <source>--format wants csv, html or pdf.</source>
        <translation>--format vuole csv, html o pdf.</translation>
    </message>
    <message>
        <source>A PDF needs a file: add --out FILE.</source>
        <translation>Un PDF ha bisogno di un file: aggiungere --out FILE.</translation>
    </message>
    <message>
        <source>Dates are written dd/mm/yyyy or yyyy-mm-dd.</source>
        <translation>Le date si scrivono gg/mm/aaaa oppure aaaa-mm-gg.</translation>
    </message>
    <message>
        <source>creates a demo database (refuses to replace one without --force)</source>
        <translation>crea un database dimostrativo (non ne sostituisce uno esistente senza --force)</translation>
    </message>
    <message>
        <source>Replace an existing database (the old file is kept aside).</source>
        <translation>Sostituisce un database esistente (il vecchio file viene conservato a parte).</translation>
    </message>
    <message>
        <source>Do nothing when the database already exists.</source>
        <translation>Non fa nulla se il database esiste già.</translation>
    </message>
    <message>
        <source>Years of invented activity, for performance work.</source>
        <translation>Anni di attività inventata, per le prove di prestazioni.</translation>
    </message>
    <message>
        <source>Workstation number of the new database.</source>
        <translation>Numero di postazione del nuovo database.</translation>
    </message>
    <message>
        <source>checks the integrity of the database and the references between tables</source>
        <translation>verifica l'integrità del database e i riferimenti tra le tabelle</translation>
    </message>
    <message>
        <source>writes a consistent copy of the database to OUT</source>
        <translation>scrive in OUT una copia coerente del database</translation>
    </message>
    <message>
        <source>produces a report (CSV: RFC 4180, comma, dot decimals)</source>
        <translation>produce un report (CSV: RFC 4180, virgola come separatore, punto decimale)</translation>
    </message>
    <message>
        <source>First day of the period.</source>
        <translation>Primo giorno del periodo.</translation>
    </message>
    <message>
        <source>Last day of the period.</source>
        <translation>Ultimo giorno del periodo.</translation>
    </message>
    <message>
        <source>Date of a position report.</source>
        <translation>Data di un report di situazione.</translation>
    </message>
    <message>
        <source>Grouping, for reports that offer one.</source>
        <translation>Raggruppamento, per i report che lo prevedono.</translation>
    </message>
    <message>
        <source>csv (default), html or pdf.</source>
        <translation>csv (predefinito), html o pdf.</translation>
    </message>
    <message>
        <source>Output file (default: standard output).</source>
        <translation>File di uscita (predefinito: lo standard output).</translation>
    </message>
    <message>
        <source>prints the SQL schema of a new database (sqlite/schema.sql)</source>
        <translation>stampa lo schema SQL di un nuovo database (sqlite/schema.sql)</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ggiorna</translation>
    </message>
    <message>
        <source>Changes recorded today</source>
        <translation>Modifiche registrate oggi</translation>
    </message>
    <message numerus="yes">
        <source>by %n operator(s)</source>
        <translation>
            <numerusform>da %n operatore</numerusform>
            <numerusform>da %n operatori</numerusform>
        </translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Ultima modifica</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>di %1</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Postazione</translation>
    </message>
    <message>
        <source>operator: %1</source>
        <translation>operatore: %1</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Attività</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ci siAMO! · CCV-MI operations room</source>
        <translation>Ci siAMO! · Sala operativa CCV-MI</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Cruscotto</translation>
    </message>
    <message>
        <source>Operator: %1</source>
        <translation>Operatore: %1</translation>
    </message>
    <message>
        <source>Workstation %1</source>
        <translation>Postazione %1</translation>
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
        <translation>&amp;Apri database...</translation>
    </message>
    <message>
        <source>Change &amp;operator...</source>
        <translation>Cambia &amp;operatore...</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Impostazioni...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Stampa</translation>
    </message>
    <message>
        <source>&amp;Reports...</source>
        <translation>&amp;Report...</translation>
    </message>
    <message>
        <source>&amp;Synchronisation</source>
        <translation>Si&amp;ncronizzazione</translation>
    </message>
    <message>
        <source>Sync &amp;folder...</source>
        <translation>&amp;Cartella di sincronizzazione...</translation>
    </message>
    <message>
        <source>&amp;Back up the database...</source>
        <translation>Copia di &amp;sicurezza del database...</translation>
    </message>
    <message>
        <source>&amp;Check the database</source>
        <translation>&amp;Verifica il database</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;About Ci siAMO!</source>
        <translation>&amp;Informazioni su Ci siAMO!</translation>
    </message>
    <message>
        <source>Reference &amp;data and licences</source>
        <translation>&amp;Dati di riferimento e licenze</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Informazioni su &amp;Qt</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Apri database</translation>
    </message>
    <message>
        <source>Databases (*.sqlite *.db);;All files (*)</source>
        <translation>Database (*.sqlite *.db);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Open %1 now?</source>
        <translation>Aprire ora %1?</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Copia di sicurezza del database</translation>
    </message>
    <message>
        <source>Databases (*.sqlite)</source>
        <translation>Database (*.sqlite)</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Copia di sicurezza</translation>
    </message>
    <message>
        <source>A consistent copy of the database was written to %1.</source>
        <translation>Una copia coerente del database è stata scritta in %1.</translation>
    </message>
    <message>
        <source>Database check</source>
        <translation>Verifica del database</translation>
    </message>
    <message>
        <source>The database is intact: integrity and references are correct.</source>
        <translation>Il database è integro: integrità e riferimenti sono corretti.</translation>
    </message>
    <message>
        <source>The database has problems. Make a backup and call for technical help.

%1</source>
        <translation>Il database ha dei problemi. Fare una copia di sicurezza e chiedere assistenza tecnica.

%1</translation>
    </message>
    <message>
        <source>About Ci siAMO!</source>
        <translation>Informazioni su Ci siAMO!</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ci siAMO! %1&lt;/h3&gt;&lt;p&gt;The operations room of the CCV-MI, the coordination of the civil-protection volunteer organisations of the Città metropolitana di Milano, at the Idroscalo.&lt;/p&gt;&lt;p&gt;Stock, deliveries, volunteers, study support: it works offline and keeps every change.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ci siAMO! %1&lt;/h3&gt;&lt;p&gt;La sala operativa del CCV-MI, il coordinamento delle organizzazioni di volontariato di protezione civile della Città metropolitana di Milano, all'Idroscalo.&lt;/p&gt;&lt;p&gt;Magazzino, consegne, volontari, supporto allo studio: funziona anche senza rete e conserva ogni modifica.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reference data and licences</source>
        <translation>Dati di riferimento e licenze</translation>
    </message>
    <message>
        <source>Municipal boundaries: ISTAT, processed by openpolis (CC BY 4.0).
Residents: ANPR register, Ministero dell'Interno (CC0).
List of Italian comuni: ISTAT (CC BY) and Wikidata (CC0), via Comuni-ITA (MIT).
Town hall contacts: IndicePA.</source>
        <translation>Confini comunali: ISTAT, elaborazione openpolis (CC BY 4.0).
Residenti: registro ANPR, Ministero dell'Interno (CC0).
Elenco dei comuni italiani: ISTAT (CC BY) e Wikidata (CC0), tramite Comuni-ITA (MIT).
Contatti dei municipi: IndicePA.</translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <source>Operator</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>&lt;b&gt;Who is working at this workstation?&lt;/b&gt;&lt;br/&gt;Your name is recorded with every change you make.</source>
        <translation>&lt;b&gt;Chi lavora a questa postazione?&lt;/b&gt;&lt;br/&gt;Il tuo nome viene registrato con ogni modifica che fai.</translation>
    </message>
    <message>
        <source>Name and surname</source>
        <translation>Nome e cognome</translation>
    </message>
    <message>
        <source>Operator name</source>
        <translation>Nome dell'operatore</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Inizia</translation>
    </message>
    <message>
        <source>Type your name (at least two letters).</source>
        <translation>Scrivi il tuo nome (almeno due lettere).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>database file (.sqlite)</source>
        <translation>file del database (.sqlite)</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>A new language applies from the next start.</source>
        <translation>La nuova lingua vale dal prossimo avvio.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Generale</translation>
    </message>
    <message>
        <source>Workstation &amp;number:</source>
        <translation>&amp;Numero di postazione:</translation>
    </message>
    <message>
        <source>e.g. Sala operativa 1, Magazzino</source>
        <translation>es. Sala operativa 1, Magazzino</translation>
    </message>
    <message>
        <source>Workstation n&amp;ame:</source>
        <translation>N&amp;ome della postazione:</translation>
    </message>
    <message>
        <source>Every workstation that shares data must have its own number: it is part of every record it creates.</source>
        <translation>Ogni postazione che condivide i dati deve avere un numero proprio: fa parte di ogni registrazione che crea.</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Postazione</translation>
    </message>
    <message>
        <source>shared folder, USB key or synced folder</source>
        <translation>cartella condivisa, chiavetta USB o cartella sincronizzata</translation>
    </message>
    <message>
        <source>Sync &amp;folder:</source>
        <translation>&amp;Cartella di sincronizzazione:</translation>
    </message>
    <message>
        <source>Changes are exchanged with the other workstations through this folder. It can be missing for a while: the program keeps working offline.</source>
        <translation>Le modifiche si scambiano con le altre postazioni attraverso questa cartella. Può mancare per un po': il programma continua a funzionare senza rete.</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Sincronizzazione</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Sfoglia...</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>Scegli la cartella di sincronizzazione</translation>
    </message>
    <message>
        <source>Choose the database</source>
        <translation>Scegli il database</translation>
    </message>
    <message>
        <source>Databases (*.sqlite *.db)</source>
        <translation>Database (*.sqlite *.db)</translation>
    </message>
</context>
<context>
    <name>comuni::ComuneDetailsForm</name>
    <message>
        <source>(not set)</source>
        <translation>(non assegnata)</translation>
    </message>
    <message>
        <source>e.g. 02 1234567</source>
        <translation>es. 02 1234567</translation>
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
        <translation>5 cifre</translation>
    </message>
    <message>
        <source>where the COC meets</source>
        <translation>dove si riunisce il COC</translation>
    </message>
    <message>
        <source>name and role of the COC contact</source>
        <translation>nome e ruolo del referente del COC</translation>
    </message>
    <message>
        <source>phone answered during emergencies</source>
        <translation>telefono che risponde durante le emergenze</translation>
    </message>
    <message>
        <source>COC e-mail</source>
        <translation>E-mail del COC</translation>
    </message>
    <message>
        <source>Town hall</source>
        <translation>Municipio</translation>
    </message>
    <message>
        <source>&amp;Zona omogenea:</source>
        <translation>&amp;Zona omogenea:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefono:</translation>
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
        <translation>In&amp;dirizzo:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>Re&amp;ferente:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Te&amp;lefono:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Salva le modifiche</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>&amp;Annulla le modifiche</translation>
    </message>
    <message>
        <source>ISTAT code %1 · %2 residents · %3, %4</source>
        <translation>Codice ISTAT %1 · %2 residenti · %3, %4</translation>
    </message>
    <message>
        <source>Choose a comune in the list or on the map</source>
        <translation>Scegli un comune nell'elenco o sulla mappa</translation>
    </message>
</context>
<context>
    <name>comuni::ComuniModule</name>
    <message>
        <source>Comuni of the metropolitan city</source>
        <translation>Comuni della Città metropolitana</translation>
    </message>
    <message>
        <source>%1 residents</source>
        <translation>%1 residenti</translation>
    </message>
    <message>
        <source>COC with a contact on record</source>
        <translation>COC con un referente registrato</translation>
    </message>
    <message>
        <source>complete them in the Comuni tab</source>
        <translation>completali nella scheda Comuni</translation>
    </message>
    <message>
        <source>Zona omogenea assigned</source>
        <translation>Zona omogenea assegnata</translation>
    </message>
    <message>
        <source>Comuni</source>
        <translation>Comuni</translation>
    </message>
</context>
<context>
    <name>comuni::ComuniReports</name>
    <message>
        <source>Comuni of the metropolitan city</source>
        <translation>Comuni della Città metropolitana</translation>
    </message>
    <message>
        <source>Town hall and COC contacts</source>
        <translation>Contatti dei municipi e dei COC</translation>
    </message>
    <message>
        <source>ISTAT code</source>
        <translation>Codice ISTAT</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitudine</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitudine</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Residenti</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n comuni</source>
        <translation>
            <numerusform>Totale: %n comune</numerusform>
            <numerusform>Totale: %n comuni</numerusform>
        </translation>
    </message>
    <message>
        <source>Comuni of the Città metropolitana di Milano</source>
        <translation>Comuni della Città metropolitana di Milano</translation>
    </message>
    <message>
        <source>ISTAT code, centroid of the municipal area and residents (ANPR register). Boundaries: ISTAT, processed by openpolis (CC BY 4.0).</source>
        <translation>Codice ISTAT, baricentro del territorio comunale e residenti (registro ANPR). Confini: ISTAT, elaborazione openpolis (CC BY 4.0).</translation>
    </message>
    <message>
        <source>Zona omogenea</source>
        <translation>Zona omogenea</translation>
    </message>
    <message>
        <source>Town hall phone</source>
        <translation>Telefono del municipio</translation>
    </message>
    <message>
        <source>PEC</source>
        <translation>PEC</translation>
    </message>
    <message>
        <source>COC contact</source>
        <translation>Referente COC</translation>
    </message>
    <message>
        <source>COC phone</source>
        <translation>Telefono COC</translation>
    </message>
    <message>
        <source>COC e-mail</source>
        <translation>E-mail del COC</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non assegnata)</translation>
    </message>
</context>
<context>
    <name>comuni::ComuniTab</name>
    <message>
        <source>Search by name or ISTAT code</source>
        <translation>Cerca per nome o codice ISTAT</translation>
    </message>
    <message>
        <source>Search comuni</source>
        <translation>Cerca comuni</translation>
    </message>
    <message>
        <source>All zones</source>
        <translation>Tutte le zone</translation>
    </message>
    <message>
        <source>Zone not set</source>
        <translation>Zona non assegnata</translation>
    </message>
    <message>
        <source>ISTAT code</source>
        <translation>Codice ISTAT</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Residenti</translation>
    </message>
    <message>
        <source>Zona omogenea</source>
        <translation>Zona omogenea</translation>
    </message>
    <message>
        <source>COC contact</source>
        <translation>Referente COC</translation>
    </message>
    <message>
        <source>COC phone</source>
        <translation>Telefono COC</translation>
    </message>
    <message>
        <source>Comuni</source>
        <translation>Comuni</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mappa</translation>
    </message>
    <message>
        <source>Hover over a comune to see its name; click to select it. Wheel: zoom; drag: move.</source>
        <translation>Passa sopra un comune per vederne il nome; fai clic per selezionarlo. Rotella: zoom; trascina: sposta.</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Ingrandisci (+)</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Riduci (-)</translation>
    </message>
    <message>
        <source>Whole city</source>
        <translation>Tutta la città</translation>
    </message>
    <message>
        <source>Show the whole metropolitan city (0)</source>
        <translation>Mostra tutta la Città metropolitana (0)</translation>
    </message>
    <message>
        <source>Export PNG...</source>
        <translation>Esporta PNG...</translation>
    </message>
    <message>
        <source>Save the map as an image</source>
        <translation>Salva la mappa come immagine</translation>
    </message>
    <message numerus="yes">
        <source>%n comuni shown</source>
        <translation>
            <numerusform>%n comune mostrato</numerusform>
            <numerusform>%n comuni mostrati</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <source>The details of %1 were changed and not saved. Save them now?</source>
        <translation>I dati di %1 sono stati modificati e non salvati. Salvarli ora?</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Salva le modifiche</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>Esporta la mappa</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Immagini PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>core::ComuniMapWidget</name>
    <message>
        <source>Map of the comuni of the metropolitan city</source>
        <translation>Mappa dei comuni della Città metropolitana</translation>
    </message>
    <message>
        <source>Idroscalo: CCV-MI operations room and warehouse</source>
        <translation>Idroscalo: sala operativa e magazzino del CCV-MI</translation>
    </message>
    <message>
        <source>Idroscalo (CCV-MI)</source>
        <translation>Idroscalo (CCV-MI)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nessuno</translation>
    </message>
</context>
<context>
    <name>core::ErrorText</name>
    <message>
        <source>line %1</source>
        <translation>riga %1</translation>
    </message>
    <message>
        <source>field «%1»</source>
        <translation>campo «%1»</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>Non è stato indicato alcun file di database.</translation>
    </message>
    <message>
        <source>%1 is not a file (it is a folder or a device).</source>
        <translation>%1 non è un file (è una cartella o un dispositivo).</translation>
    </message>
    <message>
        <source>%1 is not a Ci siAMO! database (it is not an SQLite file). The file was left untouched.</source>
        <translation>%1 non è un database di Ci siAMO! (non è un file SQLite). Il file non è stato toccato.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>Il database %1 non si può aprire: %2</translation>
    </message>
    <message>
        <source>The database %1 is damaged and cannot be read (%2). The file was left untouched: restore a backup.</source>
        <translation>Il database %1 è danneggiato e non si può leggere (%2). Il file non è stato toccato: ripristinare una copia di sicurezza.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of the program (schema %2, this program knows up to %3). The file was left untouched: update the program.</source>
        <translation>Il database %1 è stato scritto da una versione più recente del programma (schema %2, questo programma arriva a %3). Il file non è stato toccato: aggiornare il programma.</translation>
    </message>
    <message>
        <source>The database %1 has an older schema (%2, current %3) and was opened read-only: open it normally to update it.</source>
        <translation>Il database %1 ha uno schema precedente (%2, attuale %3) ed è stato aperto in sola lettura: aprirlo normalmente per aggiornarlo.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program. The file was left untouched.</source>
        <translation>%1 è un database SQLite di un altro programma. Il file non è stato toccato.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>Il database %1 non esiste.</translation>
    </message>
    <message>
        <source>The database %1 cannot be written here: check the folder and its permissions.</source>
        <translation>Il database %1 non si può scrivere qui: controllare la cartella e i suoi permessi.</translation>
    </message>
    <message>
        <source>Updating the database to version %1 (%2) failed: %3. The database is unchanged at the previous version.</source>
        <translation>L'aggiornamento del database alla versione %1 (%2) non è riuscito: %3. Il database è rimasto alla versione precedente, senza modifiche.</translation>
    </message>
    <message>
        <source>The update script %1 is missing from the program.</source>
        <translation>Nel programma manca lo script di aggiornamento %1.</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Errore del database: %1</translation>
    </message>
    <message>
        <source>Internal error: a write was attempted outside a transaction.</source>
        <translation>Errore interno: tentata una scrittura fuori da una transazione.</translation>
    </message>
    <message>
        <source>The workstation number must be between 1 and 9999 (not %1).</source>
        <translation>Il numero di postazione deve essere tra 1 e 9999 (non %1).</translation>
    </message>
    <message>
        <source>Workstation number %1 is already used by another workstation whose data is in this database: choose another.</source>
        <translation>Il numero di postazione %1 è già usato da un'altra postazione i cui dati sono in questo database: sceglierne un altro.</translation>
    </message>
    <message>
        <source>The database %1 already exists: nothing was changed. Use --force to replace it (the old file is kept aside).</source>
        <translation>Il database %1 esiste già: non è stato cambiato nulla. Usare --force per sostituirlo (il vecchio file viene conservato a parte).</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Il file %1 non si può leggere: %2</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>Il file %1 non si può scrivere: %2</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>La cartella %1 non si può creare.</translation>
    </message>
    <message>
        <source>The file %1 already exists: nothing was overwritten.</source>
        <translation>Il file %1 esiste già: non è stato sovrascritto nulla.</translation>
    </message>
    <message>
        <source>The backup file %1 already exists: choose another name.</source>
        <translation>Il file di copia %1 esiste già: scegliere un altro nome.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written. %2</source>
        <translation>Non è stato possibile scrivere la copia %1. %2</translation>
    </message>
    <message>
        <source>a quoted field is never closed.</source>
        <translation>un campo tra virgolette non viene mai chiuso.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>il file è vuoto.</translation>
    </message>
    <message>
        <source>There is no report called «%1». Reports: %2.</source>
        <translation>Non esiste un report chiamato «%1». Report disponibili: %2.</translation>
    </message>
    <message>
        <source>The report %1 needs a start date (--from).</source>
        <translation>Il report %1 richiede una data di inizio (--from).</translation>
    </message>
    <message>
        <source>The report %1 needs an end date (--to).</source>
        <translation>Il report %1 richiede una data di fine (--to).</translation>
    </message>
    <message>
        <source>The report %1 needs a date (--at).</source>
        <translation>Il report %1 richiede una data (--at).</translation>
    </message>
    <message>
        <source>The period is reversed: %1 comes after %2.</source>
        <translation>Il periodo è invertito: %1 viene dopo %2.</translation>
    </message>
    <message>
        <source>«%1» is not a grouping of this report; use one of: %2.</source>
        <translation>«%1» non è un raggruppamento di questo report; usare uno di: %2.</translation>
    </message>
    <message>
        <source>The report could not be printed.</source>
        <translation>Non è stato possibile stampare il report.</translation>
    </message>
    <message>
        <source>The reference data (comuni) is not loaded in this database.</source>
        <translation>I dati di riferimento (comuni) non sono caricati in questo database.</translation>
    </message>
    <message>
        <source>The comune with code %1 is not one of the 133 of the Città metropolitana di Milano.</source>
        <translation>Il comune con codice %1 non è uno dei 133 della Città metropolitana di Milano.</translation>
    </message>
    <message>
        <source>«%1» is not a zona omogenea of the metropolitan city.</source>
        <translation>«%1» non è una zona omogenea della Città metropolitana.</translation>
    </message>
    <message>
        <source>«%1» is not a valid e-mail address.</source>
        <translation>«%1» non è un indirizzo e-mail valido.</translation>
    </message>
    <message>
        <source>«%1» is not a valid postcode (CAP): it has five digits.</source>
        <translation>«%1» non è un CAP valido: ha cinque cifre.</translation>
    </message>
    <message>
        <source>Unknown comune «%1».</source>
        <translation>Comune sconosciuto «%1».</translation>
    </message>
    <message>
        <source>«%1» could be more than one comune: %2. Write the province too, e.g. «Name (MI)».</source>
        <translation>«%1» può indicare più comuni: %2. Indicare anche la provincia, es. «Nome (MI)».</translation>
    </message>
    <message>
        <source>Unknown comune «%1». Did you mean: %2?</source>
        <translation>Comune sconosciuto «%1». Forse: %2?</translation>
    </message>
    <message>
        <source>Unknown reference point «%1».</source>
        <translation>Punto di riferimento sconosciuto «%1».</translation>
    </message>
    <message>
        <source>The map has no outline for the comune %1.</source>
        <translation>La mappa non ha il confine del comune %1.</translation>
    </message>
    <message>
        <source>Invalid map geometry (%1).</source>
        <translation>Geometria della mappa non valida (%1).</translation>
    </message>
    <message>
        <source>«%1» is not a valid date: write it as dd/mm/yyyy.</source>
        <translation>«%1» non è una data valida: scriverla come gg/mm/aaaa.</translation>
    </message>
    <message>
        <source>Unexpected error (%1).</source>
        <translation>Errore imprevisto (%1).</translation>
    </message>
</context>
<context>
    <name>core::ReportActions</name>
    <message>
        <source>Print preview: %1</source>
        <translation>Anteprima di stampa: %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Stampa</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Salva come PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>Salva come CSV</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV per fogli di calcolo (*.csv)</translation>
    </message>
</context>
<context>
    <name>core::ReportDialog</name>
    <message>
        <source>Reports</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dal:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Al:</translation>
    </message>
    <message>
        <source>&amp;At date:</source>
        <translation>Alla da&amp;ta:</translation>
    </message>
    <message>
        <source>&amp;Grouped by:</source>
        <translation>&amp;Raggruppato per:</translation>
    </message>
    <message>
        <source>Print &amp;preview...</source>
        <translation>&amp;Anteprima di stampa...</translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation>Salva come P&amp;DF...</translation>
    </message>
    <message>
        <source>Save as &amp;CSV...</source>
        <translation>Salva come &amp;CSV...</translation>
    </message>
</context>
<context>
    <name>core::ReportHtmlWriter</name>
    <message>
        <source>Printed on %1 at %2</source>
        <translation>Stampato il %1 alle %2</translation>
    </message>
    <message>
        <source>Printed on %1 at %2 by %3</source>
        <translation>Stampato il %1 alle %2 da %3</translation>
    </message>
</context>
<context>
    <name>core::ReportRenderer</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 di %2</translation>
    </message>
</context>
</TS>
