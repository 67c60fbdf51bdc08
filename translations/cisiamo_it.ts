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
        <translation>stampa lo schema SQL di un database nuovo (sqlite/schema.sql)</translation>
    </message>
    <message>
        <source>Check the file and list its problems; write nothing.</source>
        <translation>Controlla il file ed elenca i problemi; non scrive nulla.</translation>
    </message>
    <message>
        <source>imports a CSV file, all or nothing (--dry-run: only check it)</source>
        <translation>importa un file CSV, tutto o niente (--dry-run: solo controllo)</translation>
    </message>
    <message>
        <source>Nothing can be imported as «%1». Use one of: %2.</source>
        <translation>Non si può importare «%1». Usa uno di: %2.</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>avviso: </translation>
    </message>
    <message>
        <source>error: </source>
        <translation>errore: </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): nothing was imported.</source>
        <translation>
            <numerusform>%n errore: non è stato importato nulla.</numerusform>
            <numerusform>%n errori: non è stato importato nulla.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: %1 line(s) in %2 receipt(s), %3 kg, %4 new donor(s). Nothing was written.</source>
        <translation>Prova: %1 righe in %2 carichi, %3 kg, %4 nuovi donatori. Non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Non è stato importato nulla.</translation>
    </message>
    <message>
        <source>Imported %1 receipt(s) with %2 line(s), %3 kg; %4 new donor(s); %5 line(s) written off as expired.</source>
        <translation>Importati %1 carichi con %2 righe, %3 kg; %4 nuovi donatori; %5 righe scartate perché scadute.</translation>
    </message>
    <message>
        <source>receipts of donated goods (Magazzino)</source>
        <translation>carichi di merce donata (Magazzino)</translation>
    </message>
    <message>
        <source>Receive goods already expired on arrival and write them off at once.</source>
        <translation>Carica la merce già scaduta all'arrivo e la scarica subito come scaduta.</translation>
    </message>
    <message>
        <source>Dry run: %1 line(s) in %2 request(s), %3 kg; %4 booking(s) already imported. Nothing was written.</source>
        <translation>Prova: %1 righe in %2 richieste, %3 kg; %4 prenotazioni già importate. Non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>Imported %1 request(s) with %2 line(s), %3 kg; %4 booking(s) already imported were skipped.</source>
        <translation>Importate %1 richieste con %2 righe, %3 kg; saltate %4 prenotazioni già importate.</translation>
    </message>
    <message>
        <source>Dry run: %1 line(s) in %2 delivery(ies), %3 kg; %4 note(s) already recorded. Nothing was written.</source>
        <translation>Prova: %1 righe in %2 consegne, %3 kg; %4 documenti già registrati. Non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>Recorded %1 past delivery(ies) with %2 line(s), %3 kg; %4 note(s) already recorded were skipped.</source>
        <translation>Registrate %1 consegne passate con %2 righe, %3 kg; saltati %4 documenti già registrati.</translation>
    </message>
    <message>
        <source>allocate needs --requests FILE and --available FILE.</source>
        <translation>allocate richiede --requests FILE e --available FILE.</translation>
    </message>
    <message>
        <source>--weighting wants request or population.</source>
        <translation>--weighting vuole request o population.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): no allocation.</source>
        <translation>
            <numerusform>%n errore: nessuna ripartizione.</numerusform>
            <numerusform>%n errori: nessuna ripartizione.</numerusform>
        </translation>
    </message>
    <message>
        <source>requests of goods from the booking platform (Consegne)</source>
        <translation>richieste di beni dalla piattaforma di prenotazione (Consegne)</translation>
    </message>
    <message>
        <source>past deliveries kept in spreadsheets (Consegne)</source>
        <translation>consegne passate tenute nei fogli di calcolo (Consegne)</translation>
    </message>
    <message>
        <source>tries the equitable allocation on two CSV files (nothing is written)</source>
        <translation>prova la ripartizione equa su due file CSV (non scrive nulla)</translation>
    </message>
    <message>
        <source>CSV of the requests: comune, category, kg.</source>
        <translation>CSV delle richieste: comune, categoria, kg.</translation>
    </message>
    <message>
        <source>CSV of what is available: category, kg.</source>
        <translation>CSV di quanto è disponibile: categoria, kg.</translation>
    </message>
    <message>
        <source>request (default) or population.</source>
        <translation>request (predefinito) o population.</translation>
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
<context>
    <name>deliveries::AllocationFiles</name>
    <message>
        <source>Equitable allocation (trial, nothing recorded)</source>
        <translation>Ripartizione equa (prova, nulla registrato)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metodo</translation>
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
        <source>Asked (kg)</source>
        <translation>Richiesti (kg)</translation>
    </message>
    <message>
        <source>Given (kg)</source>
        <translation>Assegnati (kg)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Available %1 kg, asked %2 kg, given %3 kg.</source>
        <translation>Disponibili %1 kg, richiesti %2 kg, assegnati %3 kg.</translation>
    </message>
    <message>
        <source>Exact share (kg)</source>
        <translation>Quota esatta (kg)</translation>
    </message>
    <message>
        <source>Fill rate</source>
        <translation>Copertura</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Perché</translation>
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
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Richiesti</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Residenti</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Exact share</source>
        <translation>Quota esatta</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Assegnati</translation>
    </message>
    <message>
        <source>Fill rate</source>
        <translation>Copertura</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Perché</translation>
    </message>
    <message>
        <source>Changed by hand from %1: %2</source>
        <translation>Modificata a mano da %1: %2</translation>
    </message>
    <message>
        <source> (remainder %1, %2° largest)</source>
        <translation> (resto %1, %2° per grandezza)</translation>
    </message>
</context>
<context>
    <name>deliveries::AllocationPage</name>
    <message>
        <source>Day of the allocation</source>
        <translation>Giorno della ripartizione</translation>
    </message>
    <message>
        <source>When the goods are not enough: shares in proportion to what each comune asked, or to its residents (never more than asked).</source>
        <translation>Quando i beni non bastano: quote in proporzione a quanto chiesto da ciascun comune, o ai suoi residenti (mai più di quanto chiesto).</translation>
    </message>
    <message>
        <source>Carry over: what a request does not get becomes a new request that waits for the next allocation. Close: it is not given.</source>
        <translation>Riporta: quanto una richiesta non riceve diventa una nuova richiesta che attende la prossima ripartizione. Chiudi: non viene dato.</translation>
    </message>
    <message>
        <source>&amp;Calculate the shares</source>
        <translation>&amp;Calcola le quote</translation>
    </message>
    <message>
        <source>Goods to share</source>
        <translation>Beni da ripartire</translation>
    </message>
    <message>
        <source>To share</source>
        <translation>Da ripartire</translation>
    </message>
    <message>
        <source>&amp;Share again</source>
        <translation>&amp;Ripartisci di nuovo</translation>
    </message>
    <message>
        <source>Shares the quantity written on the left among the requests (changes by hand are dropped).</source>
        <translation>Ripartisce tra le richieste la quantità scritta a sinistra (le modifiche a mano vengono annullate).</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>C&amp;hange this share...</source>
        <translation>&amp;Modifica questa quota...</translation>
    </message>
    <message>
        <source>Notes of the allocation (optional)</source>
        <translation>Note della ripartizione (facoltative)</translation>
    </message>
    <message>
        <source>C&amp;onfirm the allocation</source>
        <translation>C&amp;onferma la ripartizione</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metodo</translation>
    </message>
    <message>
        <source>Unmet demand</source>
        <translation>Domanda non soddisfatta</translation>
    </message>
    <message>
        <source>Request lines</source>
        <translation>Righe di richiesta</translation>
    </message>
    <message>
        <source>Given / asked</source>
        <translation>Assegnati / richiesti</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Allocations made</source>
        <translation>Ripartizioni fatte</translation>
    </message>
    <message>
        <source>&amp;Print the allocation...</source>
        <translation>&amp;Stampa la ripartizione...</translation>
    </message>
    <message>
        <source>Plan its &amp;deliveries...</source>
        <translation>Pianifica le &amp;consegne...</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Giorno:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Metodo:</translation>
    </message>
    <message>
        <source>Unmet demand:</source>
        <translation>Domanda non soddisfatta:</translation>
    </message>
    <message>
        <source>To share:</source>
        <translation>Da ripartire:</translation>
    </message>
    <message>
        <source>Calculate the shares: the requests waiting on the day are grouped by kind of goods and shared out with what the warehouse holds. Nothing is recorded until you confirm.</source>
        <translation>Calcola le quote: le richieste in attesa nel giorno sono raggruppate per tipo di bene e ripartite con quanto c'è in magazzino. Nulla viene registrato finché non confermi.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting</source>
        <translation>
            <numerusform>%n richiesta in attesa</numerusform>
            <numerusform>%n richieste in attesa</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2 of %3 asked (%4)</source>
        <translation>%1
%2 su %3 richiesti (%4)</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s), %1 kind(s) of goods: %2 short, shared as chosen; the others are given in full.</source>
        <translation>
            <numerusform>%n richiesta, %1 tipi di beni: %2 insufficienti, ripartiti come scelto; gli altri sono dati per intero.</numerusform>
            <numerusform>%n richieste, %1 tipi di beni: %2 insufficienti, ripartiti come scelto; gli altri sono dati per intero.</numerusform>
        </translation>
    </message>
    <message>
        <source> pcs</source>
        <translation> pz</translation>
    </message>
    <message>
        <source> kg</source>
        <translation> kg</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: the warehouse can issue %2 on the day; %3 already promised (planned deliveries, allocations not yet planned). Asked: %4.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: il magazzino può far uscire %2 nel giorno; %3 già promessi (consegne pianificate, ripartizioni non ancora pianificate). Richiesti: %4.</translation>
    </message>
    <message numerus="yes">
        <source>Not enough for everyone: each request gets %1, never more than it asked; the units left after the whole parts go to the largest remainders (%n request(s) got one more).</source>
        <translation>
            <numerusform>Non basta per tutti: ogni richiesta riceve %1, mai più di quanto chiesto; le unità che restano dopo le parti intere vanno ai resti più grandi (%n richiesta ne ha ricevuta una in più).</numerusform>
            <numerusform>Non basta per tutti: ogni richiesta riceve %1, mai più di quanto chiesto; le unità che restano dopo le parti intere vanno ai resti più grandi (%n richieste ne hanno ricevuta una in più).</numerusform>
        </translation>
    </message>
    <message>
        <source>a share per resident of its comune</source>
        <translation>una quota per residente del suo comune</translation>
    </message>
    <message>
        <source>the same share of what it asked</source>
        <translation>la stessa quota di quanto ha chiesto</translation>
    </message>
    <message>
        <source>Enough for everyone: every request gets what it asked.</source>
        <translation>Basta per tutti: ogni richiesta riceve quanto ha chiesto.</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Ripartizione</translation>
    </message>
    <message>
        <source>Change a share</source>
        <translation>Modifica una quota</translation>
    </message>
    <message>
        <source>Nothing available in the allocation of %1</source>
        <translation>Nulla disponibile nella ripartizione del %1</translation>
    </message>
    <message>
        <source>Allocation recorded. The requests that received something are now allocated.</source>
        <translation>Ripartizione registrata. Le richieste che hanno ricevuto qualcosa ora sono assegnate.</translation>
    </message>
    <message>
        <source>Allocation recorded. Plan the deliveries now?</source>
        <translation>Ripartizione registrata. Pianificare adesso le consegne?</translation>
    </message>
    <message>
        <source>Plan the deliveries</source>
        <translation>Pianifica le consegne</translation>
    </message>
    <message>
        <source>Every request of this allocation has its delivery already.</source>
        <translation>Ogni richiesta di questa ripartizione ha già la sua consegna.</translation>
    </message>
</context>
<context>
    <name>deliveries::DayPlan</name>
    <message>
        <source>Trip sheet of %1</source>
        <translation>Foglio di viaggio del %1</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Consegne</translation>
    </message>
    <message>
        <source>Distance of all rounds</source>
        <translation>Distanza di tutti i giri</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>No deliveries on this day.</source>
        <translation>Nessuna consegna in questo giorno.</translation>
    </message>
    <message>
        <source>Round %1: vehicle not assigned yet</source>
        <translation>Giro %1: mezzo non ancora assegnato</translation>
    </message>
    <message>
        <source>Round %1: %2</source>
        <translation>Giro %1: %2</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Autista</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Departure and return</source>
        <translation>Partenza e rientro</translation>
    </message>
    <message>
        <source>Magazzino Idroscalo, Peschiera Borromeo</source>
        <translation>Magazzino Idroscalo, Peschiera Borromeo</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distanza</translation>
    </message>
    <message>
        <source>%1 km, return to the Idroscalo included (%2 km)</source>
        <translation>%1 km, compreso il rientro all'Idroscalo (%2 km)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Tappa</translation>
    </message>
    <message>
        <source>Agreed time</source>
        <translation>Ora concordata</translation>
    </message>
    <message>
        <source>Estimated arrival</source>
        <translation>Arrivo stimato</translation>
    </message>
    <message>
        <source>DDT</source>
        <translation>DDT</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Colli</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>km from previous</source>
        <translation>km dalla precedente</translation>
    </message>
    <message>
        <source>Delivered at (time)</source>
        <translation>Consegnato alle (ora)</translation>
    </message>
    <message>
        <source>no position</source>
        <translation>senza posizione</translation>
    </message>
    <message>
        <source>Back to the Idroscalo</source>
        <translation>Rientro all'Idroscalo</translation>
    </message>
    <message>
        <source>Departure: time and km</source>
        <translation>Partenza: ora e km</translation>
    </message>
    <message>
        <source>Return: time and km</source>
        <translation>Rientro: ora e km</translation>
    </message>
    <message>
        <source>Driver's signature</source>
        <translation>Firma del conducente</translation>
    </message>
    <message>
        <source>Stops are ordered by the shortest round found (nearest neighbour improved by 2-opt). Distances are straight lines between the recipients: the road is longer. Arrivals are estimated at 30 km/h as the crow flies with 15 minutes at each stop, leaving so as to reach the first stop at its agreed time.</source>
        <translation>Le tappe seguono il giro più corto trovato (vicino più prossimo migliorato con 2-opt). Le distanze sono in linea d'aria tra i destinatari: su strada sono maggiori. Gli arrivi sono stimati a 30 km/h in linea d'aria con 15 minuti per tappa, partendo in modo da arrivare alla prima tappa all'ora concordata.</translation>
    </message>
</context>
<context>
    <name>deliveries::DayPlanPage</name>
    <message>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Oggi</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Giorno precedente</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Giorno successivo</translation>
    </message>
    <message>
        <source>Print the &amp;trip sheet...</source>
        <translation>Stampa il &amp;foglio di viaggio...</translation>
    </message>
    <message>
        <source>Print the day's &amp;DDTs...</source>
        <translation>Stampa i &amp;DDT del giorno...</translation>
    </message>
    <message>
        <source>Every delivery note of the day in one print job, one per page.</source>
        <translation>Tutti i documenti di trasporto del giorno in una sola stampa, uno per pagina.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Tappa</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrivo</translation>
    </message>
    <message>
        <source>DDT</source>
        <translation>DDT</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Colli</translation>
    </message>
    <message>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <source>Rounds of the day</source>
        <translation>Giri del giorno</translation>
    </message>
    <message>
        <source>Vehicle not assigned</source>
        <translation>Mezzo non assegnato</translation>
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
        <translation>Rientro all'Idroscalo</translation>
    </message>
    <message>
        <source>No deliveries on this day.</source>
        <translation>Nessuna consegna in questo giorno.</translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies) in %1 round(s), %2 km in all (straight lines from the Idroscalo and back).</source>
        <translation>
            <numerusform>%n consegna; giri: %1; %2 km in tutto (in linea d'aria dall'Idroscalo e ritorno).</numerusform>
            <numerusform>%n consegne; giri: %1; %2 km in tutto (in linea d'aria dall'Idroscalo e ritorno).</numerusform>
        </translation>
    </message>
    <message>
        <source>kg of the day</source>
        <translation>kg del giorno</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>Delivery notes</source>
        <translation>Documenti di trasporto</translation>
    </message>
</context>
<context>
    <name>deliveries::DeliveriesErrorText</name>
    <message>
        <source>The name is missing.</source>
        <translation>Manca il nome.</translation>
    </message>
    <message>
        <source>Unknown comune (%1).</source>
        <translation>Comune sconosciuto (%1).</translation>
    </message>
    <message>
        <source>Unknown recipient (%1).</source>
        <translation>Destinatario sconosciuto (%1).</translation>
    </message>
    <message>
        <source>%1 is no longer in use as a recipient.</source>
        <translation>%1 non è più in uso come destinatario.</translation>
    </message>
    <message>
        <source>Every comune has its COC already: a COC cannot be created, nor a recipient turned into one.</source>
        <translation>Ogni comune ha già il suo COC: non si può creare un COC né trasformare in COC un altro destinatario.</translation>
    </message>
    <message>
        <source>«%1» is not a valid e-mail address.</source>
        <translation>«%1» non è un indirizzo e-mail valido.</translation>
    </message>
    <message>
        <source>The coordinates are not valid: latitude between -90 and 90, longitude between -180 and 180.</source>
        <translation>Le coordinate non sono valide: latitudine tra -90 e 90, longitudine tra -180 e 180.</translation>
    </message>
    <message>
        <source>The date is missing.</source>
        <translation>Manca la data.</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>La data %1 è nel futuro.</translation>
    </message>
    <message>
        <source>The delivery cannot be needed before the request was made.</source>
        <translation>La consegna non può servire prima del giorno della richiesta.</translation>
    </message>
    <message>
        <source>There are no goods: add at least one line.</source>
        <translation>Non ci sono beni: aggiungi almeno una riga.</translation>
    </message>
    <message>
        <source>The quantity must be greater than zero (not %1).</source>
        <translation>La quantità deve essere maggiore di zero (non %1).</translation>
    </message>
    <message>
        <source>The packages cannot be negative (not %1).</source>
        <translation>I colli non possono essere negativi (non %1).</translation>
    </message>
    <message>
        <source>%1 is asked in whole kilograms.</source>
        <translation>%1 si chiede in chilogrammi interi.</translation>
    </message>
    <message>
        <source>Unknown goods category (%1).</source>
        <translation>Categoria merceologica sconosciuta (%1).</translation>
    </message>
    <message>
        <source>Unknown item (%1).</source>
        <translation>Articolo sconosciuto (%1).</translation>
    </message>
    <message>
        <source>The item %1 is no longer in use.</source>
        <translation>L'articolo %1 non è più in uso.</translation>
    </message>
    <message>
        <source>Unknown warehouse location (%1).</source>
        <translation>Ubicazione di magazzino sconosciuta (%1).</translation>
    </message>
    <message>
        <source>%1 appears twice: write it on one line.</source>
        <translation>%1 compare due volte: scrivilo su una sola riga.</translation>
    </message>
    <message>
        <source>The booking %1 has already been recorded.</source>
        <translation>La prenotazione %1 è già stata registrata.</translation>
    </message>
    <message>
        <source>Unknown request (%1).</source>
        <translation>Richiesta sconosciuta (%1).</translation>
    </message>
    <message>
        <source>Write down the reason.</source>
        <translation>Scrivi il motivo.</translation>
    </message>
    <message>
        <source>Request %1 is %2: it can no longer be cancelled.</source>
        <translation>La richiesta %1 è %2: non può più essere annullata.</translation>
    </message>
    <message>
        <source>Request %1 has deliveries planned or on the road: cancel or return them first.</source>
        <translation>La richiesta %1 ha consegne pianificate o in viaggio: annullale o registrane il reso prima.</translation>
    </message>
    <message>
        <source>No request is waiting for an allocation on this day.</source>
        <translation>Nessuna richiesta è in attesa di ripartizione in questo giorno.</translation>
    </message>
    <message>
        <source>Request %1 is no longer waiting for an allocation (someone else allocated or cancelled it): calculate again.</source>
        <translation>La richiesta %1 non è più in attesa di ripartizione (qualcun altro l'ha assegnata o annullata): ricalcola.</translation>
    </message>
    <message>
        <source>Request %1 asked for %2: it cannot get more than it asked.</source>
        <translation>La richiesta %1 chiedeva %2: non può ricevere più di quanto chiesto.</translation>
    </message>
    <message>
        <source>The quantity given cannot be negative.</source>
        <translation>La quantità assegnata non può essere negativa.</translation>
    </message>
    <message>
        <source>%1: %2 would be given but only %3 are available.</source>
        <translation>%1: si assegnerebbero %2 ma ne sono disponibili solo %3.</translation>
    </message>
    <message>
        <source>Unknown allocation (%1).</source>
        <translation>Ripartizione sconosciuta (%1).</translation>
    </message>
    <message>
        <source>What is available cannot be negative (%1).</source>
        <translation>Il disponibile non può essere negativo (%1).</translation>
    </message>
    <message>
        <source>Request %1 asks for a negative quantity (%2).</source>
        <translation>La richiesta %1 chiede una quantità negativa (%2).</translation>
    </message>
    <message>
        <source>%1 has no residents to weigh the share by (%2).</source>
        <translation>%1 non ha residenti con cui pesare la quota (%2).</translation>
    </message>
    <message>
        <source>«%1» is negative: quantities are zero or more.</source>
        <translation>«%1» è negativo: le quantità sono zero o più.</translation>
    </message>
    <message>
        <source>Nothing is said to be available for «%1»: add it to the file of what is available.</source>
        <translation>Per «%1» non è indicato nulla di disponibile: aggiungilo al file del disponibile.</translation>
    </message>
    <message>
        <source>Unknown delivery (%1).</source>
        <translation>Consegna sconosciuta (%1).</translation>
    </message>
    <message>
        <source>This delivery has left the warehouse: it cannot be changed any more. A delivered delivery can only be reversed by a return.</source>
        <translation>Questa consegna è uscita dal magazzino: non può più essere modificata. Una consegna effettuata si può solo stornare con un reso.</translation>
    </message>
    <message>
        <source>Delivery %1 is %2: only planned deliveries can be edited. A delivered one can only be reversed by a return.</source>
        <translation>La consegna %1 è %2: si modificano solo le consegne pianificate. Una consegna effettuata si può solo stornare con un reso.</translation>
    </message>
    <message>
        <source>Delivery %1 is %2, not planned.</source>
        <translation>La consegna %1 è %2, non pianificata.</translation>
    </message>
    <message>
        <source>Delivery %1 is %2: only a delivery on the road can be signed as delivered.</source>
        <translation>La consegna %1 è %2: solo una consegna in viaggio può essere firmata come consegnata.</translation>
    </message>
    <message>
        <source>Delivery %1 is %2: only goods that left the warehouse can come back.</source>
        <translation>La consegna %1 è %2: può rientrare solo merce uscita dal magazzino.</translation>
    </message>
    <message>
        <source>Delivery %1 was recorded from past records and took nothing from the stock: record the goods that came back as a receipt in the Warehouse tab.</source>
        <translation>La consegna %1 è stata registrata da documenti passati e non ha scaricato nulla dal magazzino: registra la merce rientrata come carico nella scheda Magazzino.</translation>
    </message>
    <message>
        <source>Write the name of who received and signed the goods.</source>
        <translation>Scrivi il nome di chi ha ricevuto e firmato la merce.</translation>
    </message>
    <message>
        <source>The goods cannot come back on %1, before they left (%2).</source>
        <translation>La merce non può rientrare il %1, prima di essere uscita (%2).</translation>
    </message>
    <message>
        <source>The delivery note number %1 is already used.</source>
        <translation>Il numero di DDT %1 è già usato.</translation>
    </message>
    <message>
        <source>the column «%1» (or «%2») is missing.</source>
        <translation>manca la colonna «%1» (o «%2»).</translation>
    </message>
    <message>
        <source>the field is empty.</source>
        <translation>il campo è vuoto.</translation>
    </message>
    <message>
        <source>«%1» is not a date: write it as dd/mm/yyyy.</source>
        <translation>«%1» non è una data: scrivila come gg/mm/aaaa.</translation>
    </message>
    <message>
        <source>«%1» is not a quantity.</source>
        <translation>«%1» non è una quantità.</translation>
    </message>
    <message>
        <source>«%1»: quantities are asked in whole kilograms.</source>
        <translation>«%1»: le quantità si chiedono in chilogrammi interi.</translation>
    </message>
    <message>
        <source>«%1» is not a unit: use kg or pz.</source>
        <translation>«%1» non è un'unità: usa kg o pz.</translation>
    </message>
    <message>
        <source>%1 cannot be counted in «%2».</source>
        <translation>%1 non si può contare in «%2».</translation>
    </message>
    <message>
        <source>«%1» read as %2.</source>
        <translation>«%1» letto come %2.</translation>
    </message>
    <message>
        <source>«%1» could be more than one comune: %2. Write the full name or the province, e.g. «Name (MI)».</source>
        <translation>«%1» può essere più di un comune: %2. Scrivi il nome completo o la provincia, per esempio «Nome (MI)».</translation>
    </message>
    <message>
        <source>unknown comune «%1»: no comune has a similar name.</source>
        <translation>comune «%1» sconosciuto: nessun comune ha un nome simile.</translation>
    </message>
    <message>
        <source>unknown comune «%1». Closest names: %2.</source>
        <translation>comune «%1» sconosciuto. Nomi più vicini: %2.</translation>
    </message>
    <message>
        <source>%1 is not one of the 133 comuni of the metropolitan city: it has no COC to deliver to. Name the recipient instead.</source>
        <translation>%1 non è uno dei 133 comuni della Città metropolitana: non ha un COC a cui consegnare. Indica invece il destinatario.</translation>
    </message>
    <message>
        <source>unknown recipient «%1»: register it in the Recipients page first.</source>
        <translation>destinatario «%1» sconosciuto: registralo prima nella pagina Destinatari.</translation>
    </message>
    <message>
        <source>unknown recipient «%1». Closest names: %2. Or register it in the Recipients page first.</source>
        <translation>destinatario «%1» sconosciuto. Nomi più vicini: %2. Oppure registralo prima nella pagina Destinatari.</translation>
    </message>
    <message>
        <source>unknown category «%1».</source>
        <translation>categoria «%1» sconosciuta.</translation>
    </message>
    <message>
        <source>unknown category «%1». Closest names: %2.</source>
        <translation>categoria «%1» sconosciuta. Nomi più vicini: %2.</translation>
    </message>
    <message>
        <source>unknown item «%1».</source>
        <translation>articolo «%1» sconosciuto.</translation>
    </message>
    <message>
        <source>unknown item «%1». Closest names: %2.</source>
        <translation>articolo «%1» sconosciuto. Nomi più vicini: %2.</translation>
    </message>
    <message>
        <source>%1 does not belong to «%2».</source>
        <translation>%1 non appartiene a «%2».</translation>
    </message>
    <message>
        <source>the booking %1 was imported before: skipped.</source>
        <translation>la prenotazione %1 era già stata importata: saltata.</translation>
    </message>
    <message>
        <source>the delivery note %1 was recorded before: skipped.</source>
        <translation>il DDT %1 era già stato registrato: saltato.</translation>
    </message>
    <message>
        <source>the booking %1 appears with another date or recipient on an earlier line.</source>
        <translation>la prenotazione %1 compare con un'altra data o un altro destinatario in una riga precedente.</translation>
    </message>
    <message>
        <source>the delivery note %1 appears with another date or recipient on an earlier line.</source>
        <translation>il DDT %1 compare con un'altra data o un altro destinatario in una riga precedente.</translation>
    </message>
    <message>
        <source>food needs its weight in kg.</source>
        <translation>per gli alimenti serve il peso in kg.</translation>
    </message>
    <message>
        <source>the file has no lines of goods.</source>
        <translation>il file non ha righe di beni.</translation>
    </message>
    <message>
        <source>the file has %1 error(s): nothing was imported.</source>
        <translation>il file ha %1 errori: non è stato importato nulla.</translation>
    </message>
    <message>
        <source>Demo data: %1 exceeds the published figure by %2 g.</source>
        <translation>Dati dimostrativi: %1 supera il dato pubblicato di %2 g.</translation>
    </message>
</context>
<context>
    <name>deliveries::DeliveriesModule</name>
    <message>
        <source>Deliveries today</source>
        <translation>Consegne di oggi</translation>
    </message>
    <message>
        <source>%1 delivered, %2 on the road</source>
        <translation>%1 consegnate, %2 in viaggio</translation>
    </message>
    <message>
        <source>none planned</source>
        <translation>nessuna pianificata</translation>
    </message>
    <message>
        <source>Requests waiting for an allocation</source>
        <translation>Richieste in attesa di ripartizione</translation>
    </message>
    <message>
        <source>share them in the Deliveries tab</source>
        <translation>ripartiscile nella scheda Consegne</translation>
    </message>
    <message>
        <source>Food delivered in %1</source>
        <translation>Alimenti consegnati nel %1</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Consegne</translation>
    </message>
</context>
<context>
    <name>deliveries::DeliveriesPage</name>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Every state</source>
        <translation>Ogni stato</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Every recipient</source>
        <translation>Ogni destinatario</translation>
    </message>
    <message>
        <source>Type of recipient</source>
        <translation>Tipo di destinatario</translation>
    </message>
    <message>
        <source>Every comune</source>
        <translation>Ogni comune</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Search DDT number, recipient, vehicle or driver</source>
        <translation>Cerca numero DDT, destinatario, mezzo o autista</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>DDT</source>
        <translation>DDT</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Beni</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Colli</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Mezzo</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Autista</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Consegne</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <source>Goods of the delivery</source>
        <translation>Beni della consegna</translation>
    </message>
    <message>
        <source>Story of the delivery</source>
        <translation>Storia della consegna</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Modifica...</translation>
    </message>
    <message>
        <source>Confirm &amp;loading</source>
        <translation>Conferma &amp;carico</translation>
    </message>
    <message>
        <source>The goods leave the warehouse: they are issued from stock, first-expired-first-out, and the lots are recorded on the delivery note.</source>
        <translation>La merce esce dal magazzino: viene scaricata dalle giacenze, prima la più vicina alla scadenza, e i lotti sono riportati sul DDT.</translation>
    </message>
    <message>
        <source>&amp;Delivered and signed...</source>
        <translation>Consegnata e &amp;firmata...</translation>
    </message>
    <message>
        <source>&amp;Return...</source>
        <translation>&amp;Reso...</translation>
    </message>
    <message>
        <source>The goods come back: they return to stock into the lots they left.</source>
        <translation>La merce rientra: torna in magazzino negli stessi lotti da cui era uscita.</translation>
    </message>
    <message>
        <source>Ca&amp;ncel...</source>
        <translation>A&amp;nnulla...</translation>
    </message>
    <message>
        <source>&amp;Print the DDT...</source>
        <translation>&amp;Stampa il DDT...</translation>
    </message>
    <message>
        <source>&amp;New delivery...</source>
        <translation>&amp;Nuova consegna...</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Dal:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>al:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Stato:</translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies)</source>
        <translation>
            <numerusform>%n consegna</numerusform>
            <numerusform>%n consegne</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a delivery to see its goods, the lots issued and its story.</source>
        <translation>Seleziona una consegna per vederne i beni, i lotti scaricati e la storia.</translation>
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
        <translation>Trasporto il %1%2</translation>
    </message>
    <message>
        <source>Request %1 · %2</source>
        <translation>Richiesta %1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n package(s)</source>
        <translation>
            <numerusform>%1 · %n collo</numerusform>
            <numerusform>%1 · %n colli</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed by %1 on %2</source>
        <translation>Firmata da %1 il %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>%1 (any item)</source>
        <translation>%1 (qualsiasi articolo)</translation>
    </message>
    <message>
        <source>%1 %2 lot %3%4: %5</source>
        <translation>%1 %2 lotto %3%4: %5</translation>
    </message>
    <message>
        <source>↩ back into</source>
        <translation>↩ rientrato in</translation>
    </message>
    <message>
        <source>without code</source>
        <translation>senza codice</translation>
    </message>
    <message>
        <source>, expires %1</source>
        <translation>, scade il %1</translation>
    </message>
    <message>
        <source>Confirm loading</source>
        <translation>Conferma carico</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Consegnata</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Reso</translation>
    </message>
    <message>
        <source>Cancel the delivery</source>
        <translation>Annulla la consegna</translation>
    </message>
    <message>
        <source>Reason (kept with the delivery):</source>
        <translation>Motivo (resta con la consegna):</translation>
    </message>
    <message>
        <source>Delivery note</source>
        <translation>Documento di trasporto</translation>
    </message>
</context>
<context>
    <name>deliveries::DeliveriesTab</name>
    <message>
        <source>New &amp;request...</source>
        <translation>Nuova &amp;richiesta...</translation>
    </message>
    <message>
        <source>&amp;Import requests...</source>
        <translation>&amp;Importa richieste...</translation>
    </message>
    <message>
        <source>New &amp;delivery...</source>
        <translation>Nuova &amp;consegna...</translation>
    </message>
    <message>
        <source>Import &amp;past deliveries...</source>
        <translation>Importa consegne &amp;passate...</translation>
    </message>
    <message>
        <source>Today's &amp;DDTs...</source>
        <translation>&amp;DDT di oggi...</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>Re&amp;port</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Richieste</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Ripartizione</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Consegne</translation>
    </message>
    <message>
        <source>Daily plan</source>
        <translation>Piano del giorno</translation>
    </message>
    <message>
        <source>Distribution map</source>
        <translation>Mappa delle distribuzioni</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatari</translation>
    </message>
    <message>
        <source>Delivery notes</source>
        <translation>Documenti di trasporto</translation>
    </message>
</context>
<context>
    <name>deliveries::DeliveryDefaultsDialog</name>
    <message>
        <source>Plan the deliveries</source>
        <translation>Pianifica le consegne</translation>
    </message>
    <message>
        <source>from</source>
        <translation>dalle</translation>
    </message>
    <message numerus="yes">
        <source>%n planned delivery(ies) will be created, one per request that received something. Each can then be given its own vehicle and time in the Deliveries page.</source>
        <translation>
            <numerusform>Verrà creata %n consegna pianificata, una per ogni richiesta che ha ricevuto qualcosa. A ciascuna si potranno poi dare mezzo e orario propri nella pagina Consegne.</numerusform>
            <numerusform>Verranno create %n consegne pianificate, una per ogni richiesta che ha ricevuto qualcosa. A ciascuna si potranno poi dare mezzo e orario propri nella pagina Consegne.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Giorno:</translation>
    </message>
    <message>
        <source>&amp;Vehicle:</source>
        <translation>&amp;Mezzo:</translation>
    </message>
    <message>
        <source>&amp;Driver:</source>
        <translation>&amp;Autista:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organizzazione:</translation>
    </message>
    <message>
        <source>&amp;Reason for transport:</source>
        <translation>&amp;Causale del trasporto:</translation>
    </message>
</context>
<context>
    <name>deliveries::DeliveryDialog</name>
    <message>
        <source>Edit the planned delivery</source>
        <translation>Modifica la consegna pianificata</translation>
    </message>
    <message>
        <source>New delivery</source>
        <translation>Nuova consegna</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>at</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>sum of the lines</source>
        <translation>somma delle righe</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Destinatario:</translation>
    </message>
    <message>
        <source>Leaves &amp;from:</source>
        <translation>Parte &amp;da:</translation>
    </message>
    <message>
        <source>&amp;Day of transport:</source>
        <translation>&amp;Giorno del trasporto:</translation>
    </message>
    <message>
        <source>Reason for &amp;transport:</source>
        <translation>&amp;Causale del trasporto:</translation>
    </message>
    <message>
        <source>&amp;Vehicle:</source>
        <translation>&amp;Mezzo:</translation>
    </message>
    <message>
        <source>&amp;Driver:</source>
        <translation>&amp;Autista:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organizzazione:</translation>
    </message>
    <message>
        <source>&amp;Packages:</source>
        <translation>C&amp;olli:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Edit the planned delivery %1</source>
        <translation>Modifica la consegna pianificata %1</translation>
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
        <translation>Hub ATS</translation>
    </message>
    <message>
        <source>Nursing home (RSA)</source>
        <translation>RSA</translation>
    </message>
    <message>
        <source>GP (MMG)</source>
        <translation>Medico di medicina generale (MMG)</translation>
    </message>
    <message>
        <source>Paediatrician (PLS)</source>
        <translation>Pediatra di libera scelta (PLS)</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Ospedale</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>COC of the comuni</source>
        <translation>COC dei comuni</translation>
    </message>
    <message>
        <source>ATS hubs</source>
        <translation>Hub ATS</translation>
    </message>
    <message>
        <source>Nursing homes (RSA)</source>
        <translation>RSA</translation>
    </message>
    <message>
        <source>GPs (MMG)</source>
        <translation>Medici di medicina generale (MMG)</translation>
    </message>
    <message>
        <source>Paediatricians (PLS)</source>
        <translation>Pediatri di libera scelta (PLS)</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>Ospedali</translation>
    </message>
    <message>
        <source>Other recipients</source>
        <translation>Altri destinatari</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ricevuta</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Assegnata</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programmata</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Consegnata</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullata</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Pianificata</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Caricata</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Rientrata</translation>
    </message>
    <message>
        <source>Donation</source>
        <translation>Donazione</translation>
    </message>
    <message>
        <source>Free transfer</source>
        <translation>Cessione gratuita</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>Inserita a mano</translation>
    </message>
    <message>
        <source>From an allocation</source>
        <translation>Da una ripartizione</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importata</translation>
    </message>
    <message>
        <source>Recorded from past records</source>
        <translation>Registrata da documenti passati</translation>
    </message>
    <message>
        <source>In proportion to residents</source>
        <translation>In proporzione ai residenti</translation>
    </message>
    <message>
        <source>In proportion to the request</source>
        <translation>In proporzione alla richiesta</translation>
    </message>
    <message>
        <source>Close what is not given</source>
        <translation>Chiudi quanto non assegnato</translation>
    </message>
    <message>
        <source>Carry over what is not given</source>
        <translation>Riporta quanto non assegnato</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modificata</translation>
    </message>
    <message>
        <source>Loaded: goods issued from stock</source>
        <translation>Caricata: merce scaricata dal magazzino</translation>
    </message>
    <message>
        <source>Delivered and signed</source>
        <translation>Consegnata e firmata</translation>
    </message>
    <message>
        <source>Returned: goods back in stock</source>
        <translation>Rientrata: merce tornata in magazzino</translation>
    </message>
    <message>
        <source>Enough for everyone: what was asked</source>
        <translation>Basta per tutti: quanto richiesto</translation>
    </message>
    <message>
        <source>Proportional share, rounded down</source>
        <translation>Quota proporzionale, arrotondata per difetto</translation>
    </message>
    <message>
        <source>Proportional share, plus one unit for one of the largest remainders</source>
        <translation>Quota proporzionale, più un'unità per uno dei resti più grandi</translation>
    </message>
    <message>
        <source>Share per resident above the request: the request</source>
        <translation>Quota per residente superiore alla richiesta: quanto richiesto</translation>
    </message>
    <message>
        <source>Share below one unit</source>
        <translation>Quota inferiore a un'unità</translation>
    </message>
    <message>
        <source>%1 pcs</source>
        <translation>%1 pz</translation>
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
        <translation>N.</translation>
    </message>
    <message>
        <source>Description of the goods</source>
        <translation>Descrizione dei beni</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>Pezzi</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Colli</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Peso (kg)</translation>
    </message>
    <message>
        <source>%1, %2 asked (any item, first to expire first)</source>
        <translation>%1, %2 richiesti (qualsiasi articolo, prima quello in scadenza)</translation>
    </message>
    <message>
        <source>lot %1</source>
        <translation>lotto %1</translation>
    </message>
    <message>
        <source>without code</source>
        <translation>senza codice</translation>
    </message>
    <message>
        <source>%1, lot %2</source>
        <translation>%1, lotto %2</translation>
    </message>
    <message>
        <source>, expires %1</source>
        <translation>, scade il %1</translation>
    </message>
    <message>
        <source>Total (weight of the goods whose weight is known)</source>
        <translation>Totale (peso dei beni di peso noto)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
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
        <translation>Magazzino e sala operativa: Parco Idroscalo, via circonvallazione Idroscalo, Peschiera Borromeo (MI) · tel. 335 79.09.412</translation>
    </message>
    <message>
        <source>DELIVERY NOTE (DDT)</source>
        <translation>DOCUMENTO DI TRASPORTO (DDT)</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>N. %1</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>del %1</translation>
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
        <translation>Mittente</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Reason for transport</source>
        <translation>Causale del trasporto</translation>
    </message>
    <message>
        <source>driver %1</source>
        <translation>autista %1</translation>
    </message>
    <message>
        <source>Transport by</source>
        <translation>Trasporto a cura di</translation>
    </message>
    <message>
        <source>the sender</source>
        <translation>mittente</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Mezzo</translation>
    </message>
    <message>
        <source>Start of transport</source>
        <translation>Inizio del trasporto</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 alle %2</translation>
    </message>
    <message>
        <source>%1, time: ________</source>
        <translation>%1, ore: ________</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <source>________ (write them by hand)</source>
        <translation>________ (da scrivere a mano)</translation>
    </message>
    <message>
        <source>Gross weight</source>
        <translation>Peso lordo</translation>
    </message>
    <message>
        <source>Appearance of the goods</source>
        <translation>Aspetto esteriore dei beni</translation>
    </message>
    <message>
        <source>boxes and packs, sealed</source>
        <translation>scatole e confezioni chiuse</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Delivered on %1 at %2, received and signed by %3.</source>
        <translation>Consegnato il %1 alle %2, ricevuto e firmato da %3.</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(non registrato)</translation>
    </message>
    <message>
        <source>Returned on %1: %2</source>
        <translation>Rientrato il %1: %2</translation>
    </message>
    <message>
        <source>CANCELLED: %1</source>
        <translation>ANNULLATO: %1</translation>
    </message>
    <message>
        <source>Sender's signature (CCV-MI)</source>
        <translation>Firma del mittente (CCV-MI)</translation>
    </message>
    <message>
        <source>Driver's signature</source>
        <translation>Firma del conducente</translation>
    </message>
    <message>
        <source>Recipient's signature (name in block letters, date and time)</source>
        <translation>Firma del destinatario (nome in stampatello, data e ora)</translation>
    </message>
    <message>
        <source>Goods handed over free of charge for civil-protection assistance to the population; no invoice follows.</source>
        <translation>Beni ceduti a titolo gratuito per l'assistenza alla popolazione in attività di protezione civile; non segue fattura.</translation>
    </message>
    <message>
        <source>Delivery note %1</source>
        <translation>Documento di trasporto %1</translation>
    </message>
    <message>
        <source>Delivery notes</source>
        <translation>Documenti di trasporto</translation>
    </message>
    <message>
        <source>Delivery notes of %1</source>
        <translation>Documenti di trasporto del %1</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>No deliveries on this day.</source>
        <translation>Nessuna consegna in questo giorno.</translation>
    </message>
</context>
<context>
    <name>deliveries::DeliveryReports</name>
    <message>
        <source>from %1</source>
        <translation>dal %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>fino al %1</translation>
    </message>
    <message>
        <source>every day recorded</source>
        <translation>tutti i giorni registrati</translation>
    </message>
    <message>
        <source>Distributions by goods category</source>
        <translation>Distribuzioni per categoria di beni</translation>
    </message>
    <message>
        <source>Food distributions by comune, with the map</source>
        <translation>Distribuzioni alimentari per comune, con la mappa</translation>
    </message>
    <message>
        <source>Distributions by type of recipient (DPI and kits)</source>
        <translation>Distribuzioni per tipo di destinatario (DPI e kit)</translation>
    </message>
    <message>
        <source>Statement for the mayor of a comune</source>
        <translation>Rendiconto per il sindaco di un comune</translation>
    </message>
    <message>
        <source>Register of deliveries</source>
        <translation>Registro delle consegne</translation>
    </message>
    <message>
        <source>Delivery notes (DDT) of a day</source>
        <translation>Documenti di trasporto (DDT) di un giorno</translation>
    </message>
    <message>
        <source>Trip sheet of a day</source>
        <translation>Foglio di viaggio di un giorno</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Food category</source>
        <translation>Categoria alimentare</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>Distributions</source>
        <translation>Distribuzioni</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>Pezzi</translation>
    </message>
    <message>
        <source>kg (known weights)</source>
        <translation>kg (pesi noti)</translation>
    </message>
    <message>
        <source>Food distributed by category (kg)</source>
        <translation>Alimenti distribuiti per categoria (kg)</translation>
    </message>
    <message>
        <source>Total food</source>
        <translation>Totale alimenti</translation>
    </message>
    <message>
        <source>Total DPI, kits and other goods</source>
        <translation>Totale DPI, kit e altri beni</translation>
    </message>
    <message>
        <source>Goods delivered in the period (deliveries signed by the recipient; returned and cancelled deliveries are not counted). A distribution is one delivery: one that carried several categories counts once in each of them and once in the total.</source>
        <translation>Beni consegnati nel periodo (consegne firmate dal destinatario; quelle rientrate o annullate non sono contate). Una distribuzione è una consegna: se portava più categorie conta una volta in ciascuna e una volta nel totale.</translation>
    </message>
    <message>
        <source>DPI, kits and other goods</source>
        <translation>DPI, kit e altri beni</translation>
    </message>
    <message>
        <source>None in the period.</source>
        <translation>Nessuna nel periodo.</translation>
    </message>
    <message>
        <source>Food distributions by comune</source>
        <translation>Distribuzioni alimentari per comune</translation>
    </message>
    <message>
        <source>ISTAT code</source>
        <translation>Codice ISTAT</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n comuni served</source>
        <translation>
            <numerusform>Totale: %n comune servito</numerusform>
            <numerusform>Totale: %n comuni serviti</numerusform>
        </translation>
    </message>
    <message>
        <source>Food delivered to the recipients located in each comune (its COC above all), by the day of transport. The 133 comuni of the metropolitan city are all listed.</source>
        <translation>Alimenti consegnati ai destinatari che si trovano in ciascun comune (soprattutto il suo COC), per giorno del trasporto. Sono elencati tutti i 133 comuni della Città metropolitana.</translation>
    </message>
    <message>
        <source>kg of food delivered</source>
        <translation>kg di alimenti consegnati</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>Food delivered per comune in the period: the darker, the more kg.</source>
        <translation>Alimenti consegnati per comune nel periodo: più è scuro, più kg.</translation>
    </message>
    <message>
        <source>Distributions by type of recipient</source>
        <translation>Distribuzioni per tipo di destinatario</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatari</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Serviti</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Consegne</translation>
    </message>
    <message>
        <source>Food (kg)</source>
        <translation>Alimenti (kg)</translation>
    </message>
    <message>
        <source>DPI (pieces)</source>
        <translation>DPI (pezzi)</translation>
    </message>
    <message>
        <source>Kits</source>
        <translation>Kit</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Food goes to the COC of the comuni; DPI and kits (swab kits, flu-vaccine kits) to the ATS hubs, nursing homes, GPs, paediatricians and hospitals.</source>
        <translation>Gli alimenti vanno ai COC dei comuni; DPI e kit (kit tamponi, kit per il vaccino antinfluenzale) agli hub ATS, alle RSA, ai medici di medicina generale, ai pediatri e agli ospedali.</translation>
    </message>
    <message>
        <source>DPI and kits by recipient</source>
        <translation>DPI e kit per destinatario</translation>
    </message>
    <message>
        <source>Statement of the deliveries to the Comune di %1</source>
        <translation>Rendiconto delle consegne al Comune di %1</translation>
    </message>
    <message>
        <source>To the Mayor of the Comune di %1</source>
        <translation>Al Sindaco del Comune di %1</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Beni</translation>
    </message>
    <message>
        <source>In the period the CCV-MI made no deliveries to recipients in the comune.</source>
        <translation>Nel periodo il CCV-MI non ha effettuato consegne a destinatari nel comune.</translation>
    </message>
    <message numerus="yes">
        <source>In the period the CCV-MI, with the volunteer organisations of the territory, made %n delivery(ies) to the recipients in the comune, for %1 of food (%2 kg per 1,000 residents). The details follow.</source>
        <translation>
            <numerusform>Nel periodo il CCV-MI, con le organizzazioni di volontariato del territorio, ha effettuato %n consegna ai destinatari nel comune, per %1 di alimenti (%2 kg ogni 1.000 residenti). Segue il dettaglio.</numerusform>
            <numerusform>Nel periodo il CCV-MI, con le organizzazioni di volontariato del territorio, ha effettuato %n consegne ai destinatari nel comune, per %1 di alimenti (%2 kg ogni 1.000 residenti). Segue il dettaglio.</numerusform>
        </translation>
    </message>
    <message>
        <source>Comune di %1</source>
        <translation>Comune di %1</translation>
    </message>
    <message>
        <source>By kind of goods</source>
        <translation>Per tipo di bene</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>DDT</source>
        <translation>DDT</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Colli</translation>
    </message>
    <message>
        <source>The delivery notes signed on receipt are kept at the CCV-MI operations room, Parco Idroscalo.</source>
        <translation>I documenti di trasporto firmati alla consegna sono conservati presso la sala operativa del CCV-MI, Parco Idroscalo.</translation>
    </message>
    <message>
        <source>For the CCV-MI operations room</source>
        <translation>Per la sala operativa del CCV-MI</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Mezzo</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Autista</translation>
    </message>
    <message numerus="yes">
        <source>Delivered: %n</source>
        <translation>
            <numerusform>Consegnata: %n</numerusform>
            <numerusform>Consegnate: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Allocation of %1</source>
        <translation>Ripartizione del %1</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metodo</translation>
    </message>
    <message>
        <source>Unmet demand</source>
        <translation>Domanda non soddisfatta</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>Confermata da</translation>
    </message>
    <message>
        <source>When the goods are not enough for every request, each request gets a share in proportion to its weight (the request, or the residents of the comune), never more than it asked, in whole units: the whole part of each share first, then one unit each to the largest remainders (ties: larger weight, then request number).</source>
        <translation>Quando i beni non bastano per tutte le richieste, ciascuna riceve una quota proporzionale al suo peso (la richiesta stessa o i residenti del comune), mai più di quanto chiesto, in unità intere: prima la parte intera di ogni quota, poi un'unità ciascuna ai resti più grandi (a parità: peso maggiore, poi numero di richiesta).</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>In magazzino</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Ripartiti</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Richiesti</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Assegnati</translation>
    </message>
    <message>
        <source>%1 (%2 of what was asked)</source>
        <translation>%1 (%2 del richiesto)</translation>
    </message>
    <message>
        <source>pcs</source>
        <translation>pz</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <source>Asked (%1)</source>
        <translation>Richiesti (%1)</translation>
    </message>
    <message>
        <source>Exact share (%1)</source>
        <translation>Quota esatta (%1)</translation>
    </message>
    <message>
        <source>Given (%1)</source>
        <translation>Assegnati (%1)</translation>
    </message>
    <message>
        <source>Fill rate</source>
        <translation>Copertura</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Perché</translation>
    </message>
    <message>
        <source>Changed by hand from %1 to %2: %3</source>
        <translation>Modificata a mano da %1 a %2: %3</translation>
    </message>
</context>
<context>
    <name>deliveries::DeliveryService</name>
    <message>
        <source>Delivery note %1 to %2</source>
        <translation>DDT %1 a %2</translation>
    </message>
</context>
<context>
    <name>deliveries::DistributionMapPage</name>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>kg delivered</source>
        <translation>kg consegnati</translation>
    </message>
    <message>
        <source>Number of deliveries</source>
        <translation>Numero di consegne</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Misura</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Alimenti</translation>
    </message>
    <message>
        <source>DPI and kits</source>
        <translation>DPI e kit</translation>
    </message>
    <message>
        <source>All goods</source>
        <translation>Tutti i beni</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Beni</translation>
    </message>
    <message>
        <source>Published period</source>
        <translation>Periodo pubblicato</translation>
    </message>
    <message>
        <source>01/12/2020 - 19/03/2021: the 1,474 food distributions of the published figures.</source>
        <translation>01/12/2020 - 19/03/2021: le 1.474 distribuzioni alimentari dei dati pubblicati.</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Quest'anno</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Ultimi 30 giorni</translation>
    </message>
    <message>
        <source>Export &amp;PNG...</source>
        <translation>Esporta &amp;PNG...</translation>
    </message>
    <message>
        <source>P&amp;rint the report...</source>
        <translation>Stamp&amp;a il report...</translation>
    </message>
    <message>
        <source>Food distributions by comune for the period, with the map.</source>
        <translation>Distribuzioni alimentari per comune nel periodo, con la mappa.</translation>
    </message>
    <message>
        <source>Point at a comune to see what it received; click it to list its deliveries.</source>
        <translation>Passa sopra un comune per vedere cosa ha ricevuto; fai clic per elencarne le consegne.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>DDT</source>
        <translation>DDT</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>Deliveries of the comune</source>
        <translation>Consegne del comune</translation>
    </message>
    <message>
        <source>&amp;Open in the Deliveries page</source>
        <translation>&amp;Apri nella pagina Consegne</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Dal:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>al:</translation>
    </message>
    <message>
        <source>kg delivered (known weights)</source>
        <translation>kg consegnati (pesi noti)</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Consegne</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1 – %2&lt;/b&gt;: %3 in %n delivery(ies) to %4 comuni.</source>
        <translation>
            <numerusform>&lt;b&gt;%1 – %2&lt;/b&gt;: %3 in %n consegna a %4 comuni.</numerusform>
            <numerusform>&lt;b&gt;%1 – %2&lt;/b&gt;: %3 in %n consegne a %4 comuni.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; (%2 residents)&lt;br/&gt;%3 in %n delivery(ies)&lt;br/&gt;%4 kg per 1,000 residents</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; (%2 residenti)&lt;br/&gt;%3 in %n consegna&lt;br/&gt;%4 kg ogni 1.000 residenti</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; (%2 residenti)&lt;br/&gt;%3 in %n consegne&lt;br/&gt;%4 kg ogni 1.000 residenti</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation>Esporta la mappa</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Immagini PNG (*.png)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
</context>
<context>
    <name>deliveries::GoodsLinesEditor</name>
    <message>
        <source>%1 (any item)</source>
        <translation>%1 (qualsiasi articolo)</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Beni</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Colli</translation>
    </message>
    <message>
        <source>Can be issued</source>
        <translation>Disponibili</translation>
    </message>
    <message>
        <source>&amp;Add goods</source>
        <translation>&amp;Aggiungi beni</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>&amp;Togli riga</translation>
    </message>
    <message>
        <source>Categories are asked in whole kg; items by the piece in pieces.</source>
        <translation>Le categorie si chiedono in kg interi; gli articoli a pezzi in pezzi.</translation>
    </message>
    <message>
        <source>A category line takes any of its items, first the ones expiring first.</source>
        <translation>Una riga per categoria prende qualsiasi suo articolo, prima quelli in scadenza.</translation>
    </message>
    <message>
        <source>Goods of line %1</source>
        <translation>Beni della riga %1</translation>
    </message>
    <message>
        <source>Quantity of line %1</source>
        <translation>Quantità della riga %1</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>Packages (colli); «auto» counts them from the packaging of what is issued.</source>
        <translation>Colli; «auto» li conta dalle confezioni di quanto viene scaricato.</translation>
    </message>
    <message>
        <source> pcs</source>
        <translation> pz</translation>
    </message>
    <message>
        <source> kg</source>
        <translation> kg</translation>
    </message>
</context>
<context>
    <name>deliveries::ImportDialog</name>
    <message>
        <source>Import requests from the booking platform</source>
        <translation>Importa richieste dalla piattaforma di prenotazione</translation>
    </message>
    <message>
        <source>Import past deliveries from a spreadsheet</source>
        <translation>Importa consegne passate da un foglio di calcolo</translation>
    </message>
    <message>
        <source>&amp;Choose file...</source>
        <translation>&amp;Scegli file...</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>File CSV (*.csv *.txt);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Columns (Italian or English names, any order): data, comune or destinatario, categoria or articolo, quantità (kg, whole); optional: unità, consegna entro, prenotazione, note. Lines with the same booking become one request; a booking imported before is skipped.</source>
        <translation>Colonne (nomi in italiano o in inglese, in qualsiasi ordine): data, comune o destinatario, categoria o articolo, quantità (kg interi); facoltative: unità, consegna entro, prenotazione, note. Le righe con la stessa prenotazione diventano una richiesta; una prenotazione già importata viene saltata.</translation>
    </message>
    <message>
        <source>Columns (Italian or English names, any order): data, comune or destinatario, categoria or articolo, kg (or quantità for goods by the piece); optional: numero, colli, mezzo, autista, organizzazione, firmato da, note. They are recorded as delivered and do not touch the stock.</source>
        <translation>Colonne (nomi in italiano o in inglese, in qualsiasi ordine): data, comune o destinatario, categoria o articolo, kg (o quantità per i beni a pezzi); facoltative: numero, colli, mezzo, autista, organizzazione, firmato da, note. Sono registrate come consegnate e non toccano il magazzino.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonna</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Livello</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problemi trovati</translation>
    </message>
    <message>
        <source>Choose a file: it is checked first, and nothing is written until you import it.</source>
        <translation>Scegli un file: viene prima controllato, e nulla viene scritto finché non lo importi.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avviso</translation>
    </message>
    <message>
        <source>error</source>
        <translation>errore</translation>
    </message>
    <message>
        <source>%1: %2 line(s) in %3 request(s), %4; %5 booking(s) already imported.</source>
        <translation>%1: %2 righe in %3 richieste, %4; %5 prenotazioni già importate.</translation>
    </message>
    <message>
        <source>%1: %2 line(s) in %3 delivery(ies), %4; %5 note(s) already recorded.</source>
        <translation>%1: %2 righe in %3 consegne, %4; %5 documenti già registrati.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): correct the file and choose it again; nothing will be imported.</source>
        <translation>
            <numerusform>%n errore: correggi il file e sceglilo di nuovo; non verrà importato nulla.</numerusform>
            <numerusform>%n errori: correggi il file e sceglilo di nuovo; non verrà importato nulla.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to import.</source>
        <translation>Nulla di nuovo da importare.</translation>
    </message>
    <message>
        <source>No errors: it can be imported.</source>
        <translation>Nessun errore: si può importare.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Non è stato importato nulla.</translation>
    </message>
    <message>
        <source>Imported %1 request(s) with %2 line(s), %3.</source>
        <translation>Importate %1 richieste con %2 righe, %3.</translation>
    </message>
    <message>
        <source>Recorded %1 past delivery(ies) with %2 line(s), %3.</source>
        <translation>Registrate %1 consegne passate con %2 righe, %3.</translation>
    </message>
</context>
<context>
    <name>deliveries::OverrideDialog</name>
    <message>
        <source>Change a share</source>
        <translation>Modifica una quota</translation>
    </message>
    <message>
        <source> pcs</source>
        <translation> pz</translation>
    </message>
    <message>
        <source> kg</source>
        <translation> kg</translation>
    </message>
    <message>
        <source>Why (kept with the allocation)</source>
        <translation>Perché (resta con la ripartizione)</translation>
    </message>
    <message>
        <source>%1 · %2 · request %3
Asked %4, the method gives %5. Still to share in %6: %7.</source>
        <translation>%1 · %2 · richiesta %3
Richiesti %4, il metodo assegna %5. Ancora da ripartire in %6: %7.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>&amp;Give:</source>
        <translation>&amp;Assegna:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
</context>
<context>
    <name>deliveries::RecipientDialog</name>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>New recipient</source>
        <translation>Nuovo destinatario</translation>
    </message>
    <message>
        <source>(choose the comune)</source>
        <translation>(scegli il comune)</translation>
    </message>
    <message>
        <source>Own position (otherwise the centre of the comune)</source>
        <translation>Posizione propria (altrimenti il centro del comune)</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In uso</translation>
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
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Comune:</source>
        <translation>&amp;Comune:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Indirizzo:</translation>
    </message>
    <message>
        <source>C&amp;ontact person:</source>
        <translation>&amp;Referente:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fono:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;te:</translation>
    </message>
    <message>
        <source>The address and contacts of a COC are those of its comune: change them in the Comuni tab.</source>
        <translation>Indirizzo e recapiti di un COC sono quelli del suo comune: si cambiano nella scheda Comuni.</translation>
    </message>
    <message>
        <source>Choose the comune.</source>
        <translation>Scegli il comune.</translation>
    </message>
</context>
<context>
    <name>deliveries::RecipientsPage</name>
    <message>
        <source>Every recipient</source>
        <translation>Ogni destinatario</translation>
    </message>
    <message>
        <source>Type of recipient</source>
        <translation>Tipo di destinatario</translation>
    </message>
    <message>
        <source>Search name or comune</source>
        <translation>Cerca nome o comune</translation>
    </message>
    <message>
        <source>Show those no longer in use</source>
        <translation>Mostra anche quelli non più in uso</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Referente</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In uso</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatari</translation>
    </message>
    <message>
        <source>&amp;New recipient...</source>
        <translation>&amp;Nuovo destinatario...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Modifica...</translation>
    </message>
    <message>
        <source>The COC of each comune is already here: its address and contacts are edited in the Comuni tab.</source>
        <translation>Il COC di ogni comune è già presente: indirizzo e recapiti si modificano nella scheda Comuni.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n destinatario</numerusform>
            <numerusform>%n destinatari</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>deliveries::RequestDialog</name>
    <message>
        <source>New request</source>
        <translation>Nuova richiesta</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Needed by:</source>
        <translation>Serve entro:</translation>
    </message>
    <message>
        <source>Booking id on the platform (optional)</source>
        <translation>Codice della prenotazione sulla piattaforma (facoltativo)</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Destinatario:</translation>
    </message>
    <message>
        <source>Asked &amp;on:</source>
        <translation>Richiesta &amp;il:</translation>
    </message>
    <message>
        <source>&amp;Booking:</source>
        <translation>&amp;Prenotazione:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Note:</translation>
    </message>
</context>
<context>
    <name>deliveries::RequestsPage</name>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Every state</source>
        <translation>Ogni stato</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Search number, recipient or comune</source>
        <translation>Cerca numero, destinatario o comune</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Richiesta il</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Goods asked</source>
        <translation>Beni richiesti</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>Serve entro</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>piattaforma</translation>
    </message>
    <message>
        <source>carried over</source>
        <translation>riportata</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>a mano</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Richieste</translation>
    </message>
    <message>
        <source>&amp;New request...</source>
        <translation>&amp;Nuova richiesta...</translation>
    </message>
    <message>
        <source>&amp;Import from the platform...</source>
        <translation>&amp;Importa dalla piattaforma...</translation>
    </message>
    <message>
        <source>&amp;Cancel the request...</source>
        <translation>&amp;Annulla la richiesta...</translation>
    </message>
    <message>
        <source>Whole &amp;history</source>
        <translation>Tutto lo &amp;storico</translation>
    </message>
    <message>
        <source>Asked from:</source>
        <translation>Richieste dal:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>al:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Stato:</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n richiesta</numerusform>
            <numerusform>%n richieste</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a request to see its goods and its story.</source>
        <translation>Seleziona una richiesta per vederne i beni e la storia.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · asked on %3 · %4&lt;br/&gt;%5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · richiesta il %3 · %4&lt;br/&gt;%5</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Annullata: %1</translation>
    </message>
    <message>
        <source>Booking on the platform: %1</source>
        <translation>Prenotazione sulla piattaforma: %1</translation>
    </message>
    <message>
        <source>What request %1 could not receive, carried over.</source>
        <translation>Quanto la richiesta %1 non ha potuto ricevere, riportato.</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>Annulla la richiesta</translation>
    </message>
    <message>
        <source>Reason (kept with the request):</source>
        <translation>Motivo (resta con la richiesta):</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
</context>
<context>
    <name>deliveries::ReturnDialog</name>
    <message>
        <source>Return: %1</source>
        <translation>Reso: %1</translation>
    </message>
    <message>
        <source>Recipient absent: goods brought back</source>
        <translation>Destinatario assente: merce riportata</translation>
    </message>
    <message>
        <source>Goods refused by the recipient</source>
        <translation>Merce rifiutata dal destinatario</translation>
    </message>
    <message>
        <source>Goods damaged during transport</source>
        <translation>Merce danneggiata durante il trasporto</translation>
    </message>
    <message>
        <source>Delivery entered by mistake</source>
        <translation>Consegna inserita per errore</translation>
    </message>
    <message>
        <source>The goods go back into the lots they came from, as return movements in the warehouse ledger.</source>
        <translation>La merce torna nei lotti da cui era uscita, come movimenti di reso nel registro del magazzino.</translation>
    </message>
    <message>
        <source>Record the return</source>
        <translation>Registra il reso</translation>
    </message>
    <message>
        <source>Back &amp;on:</source>
        <translation>Rientrata &amp;il:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
</context>
<context>
    <name>deliveries::SignDialog</name>
    <message>
        <source>Delivered: %1</source>
        <translation>Consegnata: %1</translation>
    </message>
    <message>
        <source>Name and surname, as written on the delivery note</source>
        <translation>Nome e cognome, come scritti sul DDT</translation>
    </message>
    <message>
        <source>The goods are issued from stock now if the delivery was not loaded yet. Once delivered, the delivery can no longer be edited: only reversed by a return.</source>
        <translation>Se la consegna non era ancora caricata, la merce viene scaricata ora dal magazzino. Una volta consegnata non si può più modificare: si può solo stornare con un reso.</translation>
    </message>
    <message>
        <source>Record the delivery</source>
        <translation>Registra la consegna</translation>
    </message>
    <message>
        <source>&amp;Signed by:</source>
        <translation>&amp;Firmata da:</translation>
    </message>
    <message>
        <source>&amp;Delivered at:</source>
        <translation>&amp;Consegnata il:</translation>
    </message>
</context>
<context>
    <name>stock::AssemblyDialog</name>
    <message>
        <source>Assemble kits</source>
        <translation>Assembla kit</translation>
    </message>
    <message>
        <source>empty: KIT-&lt;date&gt;</source>
        <translation>vuoto: KIT-&lt;data&gt;</translation>
    </message>
    <message>
        <source>&amp;Kit:</source>
        <translation>&amp;Kit:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Ubicazione:</translation>
    </message>
    <message>
        <source>&amp;Number of kits:</source>
        <translation>&amp;Numero di kit:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Lot of the kits:</source>
        <translation>&amp;Lotto dei kit:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Causale:</translation>
    </message>
    <message>
        <source>No kit has a recipe yet: set one in Master data, Items, Kit recipe.</source>
        <translation>Nessun kit ha ancora una composizione: impostala in Anagrafiche, Articoli, Composizione kit.</translation>
    </message>
    <message numerus="yes">
        <source>The components in stock are enough for %n kit(s).</source>
        <translation>
            <numerusform>I componenti in magazzino bastano per %n kit.</numerusform>
            <numerusform>I componenti in magazzino bastano per %n kit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kit(s) assembled from %1 component lot(s).</source>
        <translation>
            <numerusform>%n kit assemblato da %1 lotti di componenti.</numerusform>
            <numerusform>%n kit assemblati da %1 lotti di componenti.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stock::CatalogPage</name>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unità</translation>
    </message>
    <message>
        <source>Weight of a piece</source>
        <translation>Peso di un pezzo</translation>
    </message>
    <message>
        <source>Per package</source>
        <translation>Per confezione</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Scorta minima</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Scade</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In uso</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articoli</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Referente</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Donors</source>
        <translation>Donatori</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predefinita</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Ubicazioni</translation>
    </message>
    <message>
        <source>Kit &amp;recipe...</source>
        <translation>&amp;Composizione kit...</translation>
    </message>
    <message>
        <source>&amp;Edit item...</source>
        <translation>&amp;Modifica articolo...</translation>
    </message>
    <message>
        <source>&amp;New item...</source>
        <translation>&amp;Nuovo articolo...</translation>
    </message>
    <message>
        <source>&amp;Edit donor...</source>
        <translation>&amp;Modifica donatore...</translation>
    </message>
    <message>
        <source>&amp;New donor...</source>
        <translation>&amp;Nuovo donatore...</translation>
    </message>
    <message>
        <source>&amp;Edit location...</source>
        <translation>&amp;Modifica ubicazione...</translation>
    </message>
    <message>
        <source>&amp;New location...</source>
        <translation>&amp;Nuova ubicazione...</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Kit recipe</source>
        <translation>Composizione kit</translation>
    </message>
</context>
<context>
    <name>stock::CountDialog</name>
    <message>
        <source>Stock count</source>
        <translation>Inventario</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Articolo</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lotto</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unità</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Contabile</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Contato</translation>
    </message>
    <message>
        <source>Reason of the difference</source>
        <translation>Motivo della differenza</translation>
    </message>
    <message>
        <source>Counted quantities</source>
        <translation>Quantità contate</translation>
    </message>
    <message>
        <source>Close the &amp;count</source>
        <translation>&amp;Chiudi l'inventario</translation>
    </message>
    <message>
        <source>Records every difference as an adjustment; the count can no longer change.</source>
        <translation>Registra ogni differenza come rettifica; l'inventario non potrà più cambiare.</translation>
    </message>
    <message>
        <source>Counted = &amp;book for empty lines</source>
        <translation>Contato = &amp;contabile per le righe vuote</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · count of %3 · %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · inventario del %3 · %4</translation>
    </message>
    <message>
        <source>all categories</source>
        <translation>tutte le categorie</translation>
    </message>
    <message>
        <source>Line %1 (%2): «%3» is not a quantity.</source>
        <translation>Riga %1 (%2): «%3» non è una quantità.</translation>
    </message>
    <message numerus="yes">
        <source>The count is closed: %n adjustment(s) recorded.</source>
        <translation>
            <numerusform>L'inventario è chiuso: registrata %n rettifica.</numerusform>
            <numerusform>L'inventario è chiuso: registrate %n rettifiche.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stock::CountService</name>
    <message>
        <source>Stock count of %1</source>
        <translation>Inventario del %1</translation>
    </message>
</context>
<context>
    <name>stock::CountsPage</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicazione</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Lotti</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Differenze</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Stock counts</source>
        <translation>Inventari</translation>
    </message>
    <message>
        <source>&amp;New count...</source>
        <translation>&amp;Nuovo inventario...</translation>
    </message>
    <message>
        <source>&amp;Enter counted quantities...</source>
        <translation>&amp;Inserisci le quantità contate...</translation>
    </message>
    <message>
        <source>&amp;Print the sheet...</source>
        <translation>&amp;Stampa il foglio...</translation>
    </message>
    <message>
        <source>Before counting: the sheet to fill in. Once closed: the differences recorded.</source>
        <translation>Prima della conta: il foglio da compilare. Dopo la chiusura: le differenze registrate.</translation>
    </message>
    <message>
        <source>Cancel the count</source>
        <translation>Annulla l'inventario</translation>
    </message>
    <message>
        <source>A count lists every lot with stock in a location on the count date. Print the sheet, count the shelves, enter what you found and close the count: each difference becomes an adjustment with its reason.</source>
        <translation>Un inventario elenca ogni lotto presente in un'ubicazione alla data della conta. Stampa il foglio, conta gli scaffali, inserisci quanto trovato e chiudi l'inventario: ogni differenza diventa una rettifica con il suo motivo.</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tutte</translation>
    </message>
    <message>
        <source>New stock count</source>
        <translation>Nuovo inventario</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Tutte le categorie</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Ubicazione:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categoria:</translation>
    </message>
    <message>
        <source>Count &amp;date:</source>
        <translation>&amp;Data della conta:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Cancel this stock count? Nothing is adjusted.</source>
        <translation>Annullare questo inventario? Non verrà rettificato nulla.</translation>
    </message>
</context>
<context>
    <name>stock::DonorDialog</name>
    <message>
        <source>Donor %1</source>
        <translation>Donatore %1</translation>
    </message>
    <message>
        <source>New donor</source>
        <translation>Nuovo donatore</translation>
    </message>
    <message>
        <source>codice fiscale or partita IVA, for the donation receipt</source>
        <translation>codice fiscale o partita IVA, per la ricevuta di donazione</translation>
    </message>
    <message>
        <source>Still donating</source>
        <translation>Ancora attivo</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Tax code:</source>
        <translation>Codice &amp;fiscale:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Indirizzo:</translation>
    </message>
    <message>
        <source>C&amp;omune:</source>
        <translation>C&amp;omune:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Referente:</translation>
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
        <source>N&amp;otes:</source>
        <translation>N&amp;ote:</translation>
    </message>
</context>
<context>
    <name>stock::ImportDialog</name>
    <message>
        <source>Import receipts from a spreadsheet</source>
        <translation>Importa carichi da un foglio di calcolo</translation>
    </message>
    <message>
        <source>&amp;Choose file...</source>
        <translation>&amp;Scegli il file...</translation>
    </message>
    <message>
        <source>Import receipts</source>
        <translation>Importa carichi</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>File CSV (*.csv *.txt);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Goods already expired on arrival: receive them and write them off at once</source>
        <translation>Merce già scaduta all'arrivo: caricala e scartala subito</translation>
    </message>
    <message>
        <source>Columns (Italian or English names, any order): data, donatore, articolo or codice, quantità; optional: unità (kg, g, pz, colli), categoria, lotto, scadenza, ubicazione, documento, note. Lines with the same date, donor and document become one receipt.</source>
        <translation>Colonne (nomi in italiano o in inglese, in qualsiasi ordine): data, donatore, articolo o codice, quantità; facoltative: unità (kg, g, pz, colli), categoria, lotto, scadenza, ubicazione, documento, note. Le righe con la stessa data, lo stesso donatore e lo stesso documento formano un unico carico.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonna</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Livello</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problemi trovati</translation>
    </message>
    <message>
        <source>Choose a file: it is checked first, and nothing is written until you import it.</source>
        <translation>Scegli un file: viene prima controllato e non si scrive nulla finché non lo importi.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avviso</translation>
    </message>
    <message>
        <source>error</source>
        <translation>errore</translation>
    </message>
    <message>
        <source>%1: %2 line(s) in %3 receipt(s), %4.</source>
        <translation>%1: %2 righe in %3 carichi, %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): correct the file and choose it again; nothing will be imported.</source>
        <translation>
            <numerusform>%n errore: correggi il file e sceglilo di nuovo; non verrà importato nulla.</numerusform>
            <numerusform>%n errori: correggi il file e sceglilo di nuovo; non verrà importato nulla.</numerusform>
        </translation>
    </message>
    <message>
        <source>No errors: it can be imported.</source>
        <translation>Nessun errore: si può importare.</translation>
    </message>
    <message>
        <source>New donors: %1.</source>
        <translation>Nuovi donatori: %1.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Non è stato importato nulla.</translation>
    </message>
    <message>
        <source>Imported %1 receipt(s) with %2 line(s), %3: %4.</source>
        <translation>Importati %1 carichi con %2 righe, %3: %4.</translation>
    </message>
</context>
<context>
    <name>stock::ItemDialog</name>
    <message>
        <source>Item %1</source>
        <translation>Articolo %1</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nuovo articolo</translation>
    </message>
    <message>
        <source>e.g. PAS-PASTA</source>
        <translation>es. PAS-PASTA</translation>
    </message>
    <message>
        <source>by weight (kg)</source>
        <translation>a peso (kg)</translation>
    </message>
    <message>
        <source>by the piece</source>
        <translation>a pezzi</translation>
    </message>
    <message>
        <source>kg, e.g. 1,5</source>
        <translation>kg, es. 1,5</translation>
    </message>
    <message>
        <source>not packaged</source>
        <translation>senza confezione</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <source>Lots have an expiry date</source>
        <translation>I lotti hanno una scadenza</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In uso</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Codice:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>C&amp;ategoria:</translation>
    </message>
    <message>
        <source>Counted &amp;by:</source>
        <translation>Gestito &amp;a:</translation>
    </message>
    <message>
        <source>&amp;Weight of one piece:</source>
        <translation>&amp;Peso di un pezzo:</translation>
    </message>
    <message>
        <source>&amp;Pieces per package:</source>
        <translation>Pe&amp;zzi per confezione:</translation>
    </message>
    <message>
        <source>&amp;Minimum level:</source>
        <translation>&amp;Scorta minima:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>In pieces</source>
        <translation>In pezzi</translation>
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
        <translation>Composizione di %1</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Quantity per kit</source>
        <translation>Quantità per kit</translation>
    </message>
    <message>
        <source>&amp;Add component</source>
        <translation>&amp;Aggiungi componente</translation>
    </message>
    <message>
        <source>&amp;Remove component</source>
        <translation>&amp;Togli componente</translation>
    </message>
    <message>
        <source>What one kit contains (pieces for items by the piece, grams for items by weight):</source>
        <translation>Cosa contiene un kit (pezzi per gli articoli a pezzi, grammi per quelli a peso):</translation>
    </message>
</context>
<context>
    <name>stock::LedgerPage</name>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Articolo</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donatore</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Movimento</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicazione</translation>
    </message>
    <message>
        <source>All movements</source>
        <translation>Tutti i movimenti</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lotto</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Causale</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>%1 (correction)</source>
        <translation>%1 (storno)</translation>
    </message>
    <message>
        <source>receipt %1</source>
        <translation>carico %1</translation>
    </message>
    <message>
        <source>stock count</source>
        <translation>inventario</translation>
    </message>
    <message>
        <source>kit assembly</source>
        <translation>assemblaggio kit</translation>
    </message>
    <message>
        <source>delivery %1</source>
        <translation>consegna %1</translation>
    </message>
    <message>
        <source>Movement ledger</source>
        <translation>Registro dei movimenti</translation>
    </message>
    <message>
        <source>Correct this movement...</source>
        <translation>Storna questo movimento...</translation>
    </message>
    <message>
        <source>Correct the whole operation...</source>
        <translation>Storna l'intera operazione...</translation>
    </message>
    <message>
        <source>&amp;Correct the movement...</source>
        <translation>&amp;Storna il movimento...</translation>
    </message>
    <message>
        <source>Records a reversing movement that cancels the selected one: the ledger is never rewritten.</source>
        <translation>Registra un movimento di storno che annulla quello selezionato: il registro non viene mai riscritto.</translation>
    </message>
    <message>
        <source>Whole &amp;history</source>
        <translation>Tutto lo &amp;storico</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Dal:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>al:</translation>
    </message>
    <message>
        <source>Movement:</source>
        <translation>Movimento:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Ubicazione:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Categoria:</translation>
    </message>
    <message>
        <source>Item:</source>
        <translation>Articolo:</translation>
    </message>
    <message>
        <source>Donor:</source>
        <translation>Donatore:</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Tutti gli articoli</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Tutte le categorie</translation>
    </message>
    <message>
        <source>All donors</source>
        <translation>Tutti i donatori</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Tutte le ubicazioni</translation>
    </message>
    <message numerus="yes">
        <source>%n movement(s)</source>
        <translation>
            <numerusform>%n movimento</numerusform>
            <numerusform>%n movimenti</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the whole operation</source>
        <translation>Storna l'intera operazione</translation>
    </message>
    <message>
        <source>Correct the movement</source>
        <translation>Storna il movimento</translation>
    </message>
    <message>
        <source>A reversing movement will cancel it; the original stays in the ledger.
Reason of the correction:</source>
        <translation>Un movimento di storno lo annullerà; l'originale resta nel registro.
Motivo dello storno:</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Storno</translation>
    </message>
</context>
<context>
    <name>stock::LocationDialog</name>
    <message>
        <source>Location %1</source>
        <translation>Ubicazione %1</translation>
    </message>
    <message>
        <source>New location</source>
        <translation>Nuova ubicazione</translation>
    </message>
    <message>
        <source>Default location (receipts and issues go here unless said otherwise)</source>
        <translation>Ubicazione predefinita (carichi e scarichi vanno qui se non indicato altrimenti)</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In uso</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Codice:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>C&amp;omune:</source>
        <translation>C&amp;omune:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Indirizzo:</translation>
    </message>
</context>
<context>
    <name>stock::LotsPage</name>
    <message>
        <source>Location</source>
        <translation>Ubicazione</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Search item or lot</source>
        <translation>Cerca articolo o lotto</translation>
    </message>
    <message>
        <source>Only &amp;expired and expiring</source>
        <translation>Solo &amp;scaduti e in scadenza</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Articolo</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lotto</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ricevuto</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donatore</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unità</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>non scade</translation>
    </message>
    <message>
        <source>Stock by item and lot</source>
        <translation>Giacenza per articolo e lotto</translation>
    </message>
    <message>
        <source>&amp;Write off...</source>
        <translation>&amp;Scarta...</translation>
    </message>
    <message>
        <source>&amp;Move to another location...</source>
        <translation>&amp;Trasferisci in un'altra ubicazione...</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Ubicazione:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Categoria:</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Tutte le ubicazioni</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Tutte le categorie</translation>
    </message>
    <message numerus="yes">
        <source>%n lot(s) in stock</source>
        <translation>
            <numerusform>%n lotto in giacenza</numerusform>
            <numerusform>%n lotti in giacenza</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stock::OverviewPage</name>
    <message>
        <source>Stock position at</source>
        <translation>Giacenza al</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Oggi</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>Pezzi</translation>
    </message>
    <message>
        <source>of which expired (kg)</source>
        <translation>di cui scaduti (kg)</translation>
    </message>
    <message>
        <source>Stock by category</source>
        <translation>Giacenza per categoria</translation>
    </message>
    <message>
        <source>Food in stock by category (kg)</source>
        <translation>Alimenti in giacenza per categoria (kg)</translation>
    </message>
    <message>
        <source>Position at:</source>
        <translation>Giacenza al:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source>Days of warning before expiry</source>
        <translation>Giorni di preavviso prima della scadenza</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Articolo</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lotto</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicazione</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <source>Expiring lots</source>
        <translation>Lotti in scadenza</translation>
    </message>
    <message>
        <source>Usable</source>
        <translation>Utilizzabile</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Scorta minima</translation>
    </message>
    <message>
        <source>Items under their minimum</source>
        <translation>Articoli sotto la scorta minima</translation>
    </message>
    <message>
        <source>&amp;Write off the selected lot...</source>
        <translation>&amp;Scarta il lotto selezionato...</translation>
    </message>
    <message>
        <source>Expired goods can only leave the warehouse as a write-off, with a reason.</source>
        <translation>La merce scaduta può uscire dal magazzino solo come scarto, con una causale.</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Avvisi</translation>
    </message>
    <message>
        <source>Warn before expiry:</source>
        <translation>Avvisa prima della scadenza:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Expired and expiring lots&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lotti scaduti e in scadenza&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Items under their minimum level&lt;/b&gt;</source>
        <translation>&lt;b&gt;Articoli sotto la scorta minima&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Food in stock on %1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Alimenti in giacenza al %1: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Expired: write it off</source>
        <translation>Scaduto: da scartare</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Scade tra %n giorno</numerusform>
            <numerusform>Scade tra %n giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expired lot(s) to write off</source>
        <translation>
            <numerusform>%n lotto scaduto da scartare</numerusform>
            <numerusform>%n lotti scaduti da scartare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lot(s) expiring within the warning days</source>
        <translation>
            <numerusform>%n lotto in scadenza entro i giorni di preavviso</numerusform>
            <numerusform>%n lotti in scadenza entro i giorni di preavviso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) under their minimum</source>
        <translation>
            <numerusform>%n articolo sotto la scorta minima</numerusform>
            <numerusform>%n articoli sotto la scorta minima</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stock::ReceiptDialog</name>
    <message>
        <source>New receipt of donated goods</source>
        <translation>Nuovo carico di merce donata</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donatore</translation>
    </message>
    <message>
        <source>New donor...</source>
        <translation>Nuovo donatore...</translation>
    </message>
    <message>
        <source>DDT or letter of the donor</source>
        <translation>DDT o lettera del donatore</translation>
    </message>
    <message>
        <source>Lines of the receipt</source>
        <translation>Righe del carico</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>Re&amp;move line</source>
        <translation>&amp;Togli riga</translation>
    </message>
    <message>
        <source>&amp;Donor:</source>
        <translation>&amp;Donatore:</translation>
    </message>
    <message>
        <source>Date &amp;received:</source>
        <translation>Data di &amp;ricevimento:</translation>
    </message>
    <message>
        <source>Donor's &amp;document:</source>
        <translation>D&amp;ocumento del donatore:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Quantities: kg (decimal comma) for goods by weight, pieces for the rest. Expiry as dd/mm/yyyy. Enter moves on; the row marked * adds a line.</source>
        <translation>Quantità: kg (con la virgola) per la merce a peso, pezzi per il resto. Scadenza come gg/mm/aaaa. Invio passa alla cella successiva; la riga segnata * aggiunge una riga.</translation>
    </message>
    <message>
        <source>&amp;Record the receipt</source>
        <translation>&amp;Registra il carico</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n riga</numerusform>
            <numerusform>%n righe</numerusform>
        </translation>
    </message>
    <message>
        <source>total weight %1</source>
        <translation>peso totale %1</translation>
    </message>
    <message>
        <source>Choose the donor (or create it with «New donor...»).</source>
        <translation>Scegli il donatore (o crealo con «Nuovo donatore...»).</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Riga %1: %2</translation>
    </message>
    <message>
        <source>line %1 (expired on %2)</source>
        <translation>riga %1 (scaduta il %2)</translation>
    </message>
    <message>
        <source>Goods already expired</source>
        <translation>Merce già scaduta</translation>
    </message>
    <message>
        <source>These goods are already past their expiry date: %1.

Receive them and write them off at once? They will never be issued.</source>
        <translation>Questa merce ha già superato la data di scadenza: %1.

Caricarla e scartarla subito? Non verrà mai distribuita.</translation>
    </message>
</context>
<context>
    <name>stock::ReceiptImporter</name>
    <message>
        <source>Created by the import of %1</source>
        <translation>Creato dall'importazione di %1</translation>
    </message>
</context>
<context>
    <name>stock::ReceiptLinesModel</name>
    <message>
        <source>change line %1</source>
        <translation>modifica della riga %1</translation>
    </message>
    <message>
        <source>remove line %1</source>
        <translation>eliminazione della riga %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Articolo</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lotto</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unità</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicazione</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(predefinita)</translation>
    </message>
    <message>
        <source>kg, e.g. 12,5</source>
        <translation>kg, es. 12,5</translation>
    </message>
    <message>
        <source>pieces</source>
        <translation>pezzi</translation>
    </message>
</context>
<context>
    <name>stock::ReceiptService</name>
    <message>
        <source>Expired on arrival (expiry %1)</source>
        <translation>Scaduto all'arrivo (scadenza %1)</translation>
    </message>
</context>
<context>
    <name>stock::ReceiptsPage</name>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donatore</translation>
    </message>
    <message>
        <source>Number or donor's document</source>
        <translation>Numero o documento del donatore</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Donor's document</source>
        <translation>Documento del donatore</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Righe</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrato da</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annullato</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Carichi</translation>
    </message>
    <message>
        <source>&amp;New receipt...</source>
        <translation>&amp;Nuovo carico...</translation>
    </message>
    <message>
        <source>&amp;Donation receipt...</source>
        <translation>&amp;Ricevuta di donazione...</translation>
    </message>
    <message>
        <source>The ricevuta di donazione for the donor: print preview, PDF</source>
        <translation>La ricevuta di donazione per il donatore: anteprima di stampa, PDF</translation>
    </message>
    <message>
        <source>Cancel the receipt...</source>
        <translation>Annulla il carico...</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Dal:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>al:</translation>
    </message>
    <message>
        <source>Donor:</source>
        <translation>Donatore:</translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s)</source>
        <translation>
            <numerusform>%n carico</numerusform>
            <numerusform>%n carichi</numerusform>
        </translation>
    </message>
    <message>
        <source>All donors</source>
        <translation>Tutti i donatori</translation>
    </message>
</context>
<context>
    <name>stock::StockErrorText</name>
    <message>
        <source>%1 pcs</source>
        <translation>%1 pz</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>Not enough %1 on %2: %3 requested, %4 available, %5 missing.</source>
        <translation>%1 insufficiente al %2: richiesti %3, disponibili %4, mancano %5.</translation>
    </message>
    <message>
        <source>The stock of %1 would become negative: nothing was recorded.</source>
        <translation>La giacenza di %1 diventerebbe negativa: non è stato registrato nulla.</translation>
    </message>
    <message>
        <source>%1 (lot %2) has already left the warehouse: the correction would leave %3 missing. Correct the later movements first.</source>
        <translation>%1 (lotto %2) è già uscito dal magazzino: lo storno lascerebbe un ammanco di %3. Storna prima i movimenti successivi.</translation>
    </message>
    <message>
        <source>without code</source>
        <translation>senza codice</translation>
    </message>
    <message>
        <source>The quantity must be greater than zero (not %1).</source>
        <translation>La quantità deve essere maggiore di zero (non %1).</translation>
    </message>
    <message>
        <source>The date is missing.</source>
        <translation>Manca la data.</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>La data %1 è nel futuro.</translation>
    </message>
    <message>
        <source>Unknown item (%1).</source>
        <translation>Articolo sconosciuto (%1).</translation>
    </message>
    <message>
        <source>Unknown goods category (%1).</source>
        <translation>Categoria merceologica sconosciuta (%1).</translation>
    </message>
    <message>
        <source>Unknown location (%1).</source>
        <translation>Ubicazione sconosciuta (%1).</translation>
    </message>
    <message>
        <source>Unknown donor (%1).</source>
        <translation>Donatore sconosciuto (%1).</translation>
    </message>
    <message>
        <source>Unknown lot (%1).</source>
        <translation>Lotto sconosciuto (%1).</translation>
    </message>
    <message>
        <source>Unknown receipt (%1).</source>
        <translation>Carico sconosciuto (%1).</translation>
    </message>
    <message>
        <source>Unknown stock count (%1).</source>
        <translation>Inventario sconosciuto (%1).</translation>
    </message>
    <message>
        <source>Unknown movement (%1).</source>
        <translation>Movimento sconosciuto (%1).</translation>
    </message>
    <message>
        <source>The location %1 is no longer in use.</source>
        <translation>L'ubicazione %1 non è più in uso.</translation>
    </message>
    <message>
        <source>The item %1 is no longer in use.</source>
        <translation>L'articolo %1 non è più in uso.</translation>
    </message>
    <message>
        <source>Write down the reason.</source>
        <translation>Scrivi la causale.</translation>
    </message>
    <message>
        <source>This movement has already been corrected.</source>
        <translation>Questo movimento è già stato stornato.</translation>
    </message>
    <message>
        <source>This movement is itself a correction: record a new movement instead.</source>
        <translation>Questo movimento è già uno storno: registra invece un nuovo movimento.</translation>
    </message>
    <message>
        <source>Nothing of %1 was issued to this document: nothing can come back.</source>
        <translation>Per questo documento non è stato scaricato nulla di %1: non può rientrare nulla.</translation>
    </message>
    <message>
        <source>At most %1 of %2 can come back to the warehouse for this document.</source>
        <translation>Per questo documento possono rientrare in magazzino al massimo %1 di %2.</translation>
    </message>
    <message>
        <source>The goods are already in that location.</source>
        <translation>La merce è già in quell'ubicazione.</translation>
    </message>
    <message>
        <source>The receipt has no lines.</source>
        <translation>Il carico non ha righe.</translation>
    </message>
    <message>
        <source>%1 expires: write the expiry date.</source>
        <translation>%1 scade: scrivi la data di scadenza.</translation>
    </message>
    <message>
        <source>%1 expired on %2, before the receipt date %3: confirm to receive it and write it off at once.</source>
        <translation>%1 è scaduto il %2, prima della data del carico %3: conferma per caricarlo e scartarlo subito.</translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation>Manca il nome.</translation>
    </message>
    <message>
        <source>The code is missing.</source>
        <translation>Manca il codice.</translation>
    </message>
    <message>
        <source>«%1» already exists.</source>
        <translation>«%1» esiste già.</translation>
    </message>
    <message>
        <source>The code «%1» is already used.</source>
        <translation>Il codice «%1» è già usato.</translation>
    </message>
    <message>
        <source>%1 is food counted by the piece: write the weight of one piece, so that reports can give kg.</source>
        <translation>%1 è un alimento gestito a pezzi: scrivi il peso di un pezzo, così i report possono indicare i kg.</translation>
    </message>
    <message>
        <source>Weight per piece and pieces per package are only for items counted by the piece.</source>
        <translation>Peso per pezzo e pezzi per confezione valgono solo per gli articoli gestiti a pezzi.</translation>
    </message>
    <message>
        <source>The minimum level cannot be negative.</source>
        <translation>La scorta minima non può essere negativa.</translation>
    </message>
    <message>
        <source>%1 already has movements: its category and unit can no longer change. Create a new item instead.</source>
        <translation>%1 ha già dei movimenti: categoria e unità non possono più cambiare. Crea invece un nuovo articolo.</translation>
    </message>
    <message>
        <source>%1 is not a kit counted by the piece: recipes are for items of a kit category.</source>
        <translation>%1 non è un kit gestito a pezzi: le composizioni valgono per gli articoli di una categoria kit.</translation>
    </message>
    <message>
        <source>A kit cannot contain itself (%1).</source>
        <translation>Un kit non può contenere sé stesso (%1).</translation>
    </message>
    <message>
        <source>%1 has no recipe: set its components first.</source>
        <translation>%1 non ha una composizione: imposta prima i componenti.</translation>
    </message>
    <message>
        <source>There must be exactly one default location, and it must be in use.</source>
        <translation>Deve esserci una e una sola ubicazione predefinita, ed essere in uso.</translation>
    </message>
    <message>
        <source>«%1» is not a valid e-mail address.</source>
        <translation>«%1» non è un indirizzo e-mail valido.</translation>
    </message>
    <message>
        <source>The warning days must be between 0 and 365 (not %1).</source>
        <translation>I giorni di preavviso devono essere tra 0 e 365 (non %1).</translation>
    </message>
    <message>
        <source>This stock count is already closed.</source>
        <translation>Questo inventario è già chiuso.</translation>
    </message>
    <message>
        <source>%1 lot(s) still have no counted quantity.</source>
        <translation>%1 lotti non hanno ancora una quantità contata.</translation>
    </message>
    <message>
        <source>The lot is already in this count.</source>
        <translation>Il lotto è già in questo inventario.</translation>
    </message>
    <message>
        <source>the column «%1» (or «%2») is missing.</source>
        <translation>manca la colonna «%1» (o «%2»).</translation>
    </message>
    <message>
        <source>«%1» is not a date: write it as dd/mm/yyyy.</source>
        <translation>«%1» non è una data: scrivila come gg/mm/aaaa.</translation>
    </message>
    <message>
        <source>the field is empty.</source>
        <translation>il campo è vuoto.</translation>
    </message>
    <message>
        <source>unknown donor «%1»: did you mean «%2»? Correct the name, or register the donor first.</source>
        <translation>donatore sconosciuto «%1»: intendevi «%2»? Correggi il nome o registra prima il donatore.</translation>
    </message>
    <message>
        <source>«%1» is a new donor: it will be created.</source>
        <translation>«%1» è un nuovo donatore: verrà creato.</translation>
    </message>
    <message>
        <source>unknown item «%1».</source>
        <translation>articolo sconosciuto «%1».</translation>
    </message>
    <message>
        <source>unknown item «%1». Did you mean: %2?</source>
        <translation>articolo sconosciuto «%1». Intendevi: %2?</translation>
    </message>
    <message>
        <source>unknown category «%1».</source>
        <translation>categoria sconosciuta «%1».</translation>
    </message>
    <message>
        <source>unknown category «%1». Did you mean: %2?</source>
        <translation>categoria sconosciuta «%1». Intendevi: %2?</translation>
    </message>
    <message>
        <source>%1 belongs to «%2», not to «%3».</source>
        <translation>%1 appartiene a «%2», non a «%3».</translation>
    </message>
    <message>
        <source>unknown location «%1».</source>
        <translation>ubicazione sconosciuta «%1».</translation>
    </message>
    <message>
        <source>unknown location «%1». Did you mean: %2?</source>
        <translation>ubicazione sconosciuta «%1». Intendevi: %2?</translation>
    </message>
    <message>
        <source>«%1» is not a unit: use kg, g, pz or colli.</source>
        <translation>«%1» non è un'unità: usa kg, g, pz o colli.</translation>
    </message>
    <message>
        <source>%1 cannot be counted in «%2».</source>
        <translation>%1 non si può contare in «%2».</translation>
    </message>
    <message>
        <source>«%1» is not a quantity.</source>
        <translation>«%1» non è una quantità.</translation>
    </message>
    <message>
        <source>%1 expired on %2, before the receipt date %3: it will be received and written off.</source>
        <translation>%1 è scaduto il %2, prima della data del carico %3: verrà caricato e subito scartato.</translation>
    </message>
    <message>
        <source>the file has no lines of goods.</source>
        <translation>il file non ha righe di merce.</translation>
    </message>
    <message>
        <source>the file has %1 error(s): nothing was imported.</source>
        <translation>il file ha %1 errori: non è stato importato nulla.</translation>
    </message>
</context>
<context>
    <name>stock::StockLabels</name>
    <message>
        <source>Receipt</source>
        <translation>Carico</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Scarico</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Reso</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Trasferimento</translation>
    </message>
    <message>
        <source>Count adjustment</source>
        <translation>Rettifica inventario</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>Scarto</translation>
    </message>
    <message>
        <source>Used for kits</source>
        <translation>Usato per kit</translation>
    </message>
    <message>
        <source>Kit assembly</source>
        <translation>Assemblaggio kit</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>pcs</source>
        <translation>pz</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Charity</source>
        <translation>Ente benefico</translation>
    </message>
    <message>
        <source>Collection (spesa sospesa)</source>
        <translation>Raccolta (spesa sospesa)</translation>
    </message>
    <message>
        <source>Public body</source>
        <translation>Ente pubblico</translation>
    </message>
    <message>
        <source>Private person</source>
        <translation>Privato</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Magazzino</translation>
    </message>
    <message>
        <source>Colonna Mobile pole</source>
        <translation>Polo della Colonna Mobile</translation>
    </message>
    <message>
        <source>COC</source>
        <translation>COC</translation>
    </message>
    <message>
        <source>open</source>
        <translation>aperto</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>chiuso</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annullato</translation>
    </message>
    <message>
        <source>%1 pcs</source>
        <translation>%1 pz</translation>
    </message>
    <message>
        <source>%1 (not in use)</source>
        <translation>%1 (non in uso)</translation>
    </message>
</context>
<context>
    <name>stock::StockModule</name>
    <message>
        <source>Food in stock</source>
        <translation>Alimenti in giacenza</translation>
    </message>
    <message>
        <source>DPI: %1 pieces</source>
        <translation>DPI: %1 pezzi</translation>
    </message>
    <message>
        <source>first on %1</source>
        <translation>il primo il %1</translation>
    </message>
    <message numerus="yes">
        <source>none within %n day(s)</source>
        <translation>
            <numerusform>nessuno entro %n giorno</numerusform>
            <numerusform>nessuno entro %n giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expired lot(s) to write off</source>
        <translation>
            <numerusform>%n lotto scaduto da scartare</numerusform>
            <numerusform>%n lotti scaduti da scartare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lots expiring within %n day(s)</source>
        <translation>
            <numerusform>Lotti in scadenza entro %n giorno</numerusform>
            <numerusform>Lotti in scadenza entro %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>Items under their minimum level</source>
        <translation>Articoli sotto la scorta minima</translation>
    </message>
    <message>
        <source>see the Warehouse tab</source>
        <translation>vedi la scheda Magazzino</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Magazzino</translation>
    </message>
</context>
<context>
    <name>stock::StockReports</name>
    <message>
        <source>Stock by category (kg)</source>
        <translation>Giacenza per categoria (kg)</translation>
    </message>
    <message>
        <source>Stock by item and lot</source>
        <translation>Giacenza per articolo e lotto</translation>
    </message>
    <message>
        <source>Expiring and expired lots</source>
        <translation>Lotti in scadenza e scaduti</translation>
    </message>
    <message>
        <source>Stock movements in a period</source>
        <translation>Movimenti di magazzino in un periodo</translation>
    </message>
    <message>
        <source>Donations by donor</source>
        <translation>Donazioni per donatore</translation>
    </message>
    <message>
        <source>Stock by category</source>
        <translation>Giacenza per categoria</translation>
    </message>
    <message>
        <source>Position at</source>
        <translation>Giacenza al</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>Pezzi</translation>
    </message>
    <message>
        <source>kg (known weights)</source>
        <translation>kg (pesi noti)</translation>
    </message>
    <message>
        <source>Food in stock by category (kg)</source>
        <translation>Alimenti in giacenza per categoria (kg)</translation>
    </message>
    <message>
        <source>Total food</source>
        <translation>Totale alimenti</translation>
    </message>
    <message>
        <source>Total other goods</source>
        <translation>Totale altri beni</translation>
    </message>
    <message>
        <source>Goods in every location at the end of the day, food in kilograms (items counted by the piece are converted with their weight per piece).</source>
        <translation>Merce in tutte le ubicazioni a fine giornata, alimenti in chilogrammi (gli articoli a pezzi sono convertiti con il peso per pezzo).</translation>
    </message>
    <message>
        <source>Of the food, %1 is past its expiry date and waiting to be written off.</source>
        <translation>Degli alimenti, %1 ha superato la scadenza ed è in attesa di scarto.</translation>
    </message>
    <message>
        <source>DPI, kits and other goods</source>
        <translation>DPI, kit e altri beni</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Articolo</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lotto</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicazione</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donatore</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n lot(s)</source>
        <translation>
            <numerusform>Totale: %n lotto</numerusform>
            <numerusform>Totale: %n lotti</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Expiring within</source>
        <translation>In scadenza entro</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Giorni rimasti</translation>
    </message>
    <message>
        <source>Stock movements</source>
        <translation>Movimenti di magazzino</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Movimento</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Causale</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>%1 (reversal)</source>
        <translation>%1 (storno)</translation>
    </message>
    <message>
        <source>receipt %1, line %2</source>
        <translation>carico %1, riga %2</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n movement(s)</source>
        <translation>
            <numerusform>Totale: %n movimento</numerusform>
            <numerusform>Totale: %n movimenti</numerusform>
        </translation>
    </message>
    <message>
        <source>Weight in</source>
        <translation>Peso in entrata</translation>
    </message>
    <message>
        <source>Weight out</source>
        <translation>Peso in uscita</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Carichi</translation>
    </message>
    <message>
        <source>Donated kg by donor</source>
        <translation>Kg donati per donatore</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n donor(s)</source>
        <translation>
            <numerusform>Totale: %n donatore</numerusform>
            <numerusform>Totale: %n donatori</numerusform>
        </translation>
    </message>
    <message>
        <source>Goods received in the period, net of corrections; weights of items counted by the piece from their weight per piece.</source>
        <translation>Merce ricevuta nel periodo, al netto degli storni; il peso degli articoli a pezzi è calcolato dal peso per pezzo.</translation>
    </message>
    <message>
        <source>Donation receipt no. %1</source>
        <translation>Ricevuta di donazione n. %1</translation>
    </message>
    <message>
        <source>tax code %1</source>
        <translation>codice fiscale %1</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Data di ricevimento</translation>
    </message>
    <message>
        <source>Donor's document</source>
        <translation>Documento del donatore</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Ricevuto presso</translation>
    </message>
    <message>
        <source>CCV-MI warehouse, Parco Idroscalo</source>
        <translation>magazzino del CCV-MI, Parco Idroscalo</translation>
    </message>
    <message>
        <source>The Comitato di Coordinamento dei Volontari di Protezione Civile della Città metropolitana di Milano (CCV-MI) acknowledges with thanks having received free of charge the following goods, which will be distributed to the comuni of the metropolitan city for people in need.</source>
        <translation>Il Comitato di Coordinamento dei Volontari di Protezione Civile della Città metropolitana di Milano (CCV-MI) dichiara di aver ricevuto a titolo gratuito, e ringrazia, i beni seguenti, che saranno distribuiti ai comuni della città metropolitana per le persone in difficoltà.</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Beni</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>This receipt was cancelled: no goods remain recorded on it.</source>
        <translation>Questo carico è stato annullato: non vi resta registrata alcuna merce.</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Peschiera Borromeo, %1</source>
        <translation>Peschiera Borromeo, %1</translation>
    </message>
    <message>
        <source>For the CCV-MI (%1)</source>
        <translation>Per il CCV-MI (%1)</translation>
    </message>
    <message>
        <source>For the donor</source>
        <translation>Per il donatore</translation>
    </message>
    <message>
        <source>Stock count sheet</source>
        <translation>Foglio di inventario</translation>
    </message>
    <message>
        <source>Stock count result</source>
        <translation>Esito dell'inventario</translation>
    </message>
    <message>
        <source>Count date</source>
        <translation>Data della conta</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tutte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unità</translation>
    </message>
    <message>
        <source>Book quantity</source>
        <translation>Quantità contabile</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Contato</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenza</translation>
    </message>
    <message numerus="yes">
        <source>%n lot(s)</source>
        <translation>
            <numerusform>%n lotto</numerusform>
            <numerusform>%n lotti</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the quantity found on the shelves for each lot (kg for goods by weight, pieces for the rest), and the reason of any difference. Lots found that are not listed go at the bottom.</source>
        <translation>Scrivi per ogni lotto la quantità trovata sugli scaffali (kg per la merce a peso, pezzi per il resto) e il motivo di ogni differenza. I lotti trovati che non sono in elenco vanno aggiunti in fondo.</translation>
    </message>
    <message numerus="yes">
        <source>%n lot(s) with a difference, recorded as count adjustments.</source>
        <translation>
            <numerusform>%n lotto con una differenza, registrata come rettifica d'inventario.</numerusform>
            <numerusform>%n lotti con una differenza, registrate come rettifiche d'inventario.</numerusform>
        </translation>
    </message>
    <message>
        <source>Counted by</source>
        <translation>Contato da</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Verificato da</translation>
    </message>
    <message numerus="yes">
        <source>Past their expiry date (negative days left, to be written off): %n lot(s).</source>
        <translation>
            <numerusform>Oltre la scadenza (giorni rimasti negativi, da scartare): %n lotto.</numerusform>
            <numerusform>Oltre la scadenza (giorni rimasti negativi, da scartare): %n lotti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expiring within the period: %n lot(s).</source>
        <translation>
            <numerusform>In scadenza nel periodo: %n lotto.</numerusform>
            <numerusform>In scadenza nel periodo: %n lotti.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stock::StockTab</name>
    <message>
        <source>receipt %1</source>
        <translation>carico %1</translation>
    </message>
    <message>
        <source>Cancelled with Undo</source>
        <translation>Annullato con Annulla</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>New &amp;receipt...</source>
        <translation>Nuovo &amp;carico...</translation>
    </message>
    <message>
        <source>&amp;Import receipts...</source>
        <translation>&amp;Importa carichi...</translation>
    </message>
    <message>
        <source>Assemble &amp;kits...</source>
        <translation>Assembla &amp;kit...</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <source>Stock by lot</source>
        <translation>Giacenza per lotto</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>Movimenti</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Carichi</translation>
    </message>
    <message>
        <source>Stock counts</source>
        <translation>Inventari</translation>
    </message>
    <message>
        <source>Master data</source>
        <translation>Anagrafiche</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Carico</translation>
    </message>
    <message>
        <source>Donation receipt</source>
        <translation>Ricevuta di donazione</translation>
    </message>
    <message>
        <source>Cancel the receipt</source>
        <translation>Annulla il carico</translation>
    </message>
    <message>
        <source>Every line will be reversed (the receipt stays in the ledger).
Reason:</source>
        <translation>Ogni riga verrà stornata (il carico resta nel registro).
Motivo:</translation>
    </message>
    <message>
        <source>Stock count</source>
        <translation>Inventario</translation>
    </message>
</context>
<context>
    <name>stock::TransferDialog</name>
    <message>
        <source>Move to another location</source>
        <translation>Trasferisci in un'altra ubicazione</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>pieces</source>
        <translation>pezzi</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;A:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantità:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Causale:</translation>
    </message>
</context>
<context>
    <name>stock::WriteOffDialog</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, lot %2, %3&lt;br/&gt;%4: %5 in stock</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, lotto %2, %3&lt;br/&gt;%4: %5 in giacenza</translation>
    </message>
    <message>
        <source>without code</source>
        <translation>senza codice</translation>
    </message>
    <message>
        <source>expiry %1</source>
        <translation>scadenza %1</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>senza scadenza</translation>
    </message>
    <message>
        <source>Write off</source>
        <translation>Scarto</translation>
    </message>
    <message>
        <source>kg; empty: all of it</source>
        <translation>kg; vuoto: tutto</translation>
    </message>
    <message>
        <source>pieces; empty: all of it</source>
        <translation>pezzi; vuoto: tutto</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Scaduto</translation>
    </message>
    <message>
        <source>Damaged packaging</source>
        <translation>Confezione danneggiata</translation>
    </message>
    <message>
        <source>Spoiled (cold chain broken)</source>
        <translation>Deteriorato (catena del freddo interrotta)</translation>
    </message>
    <message>
        <source>Recalled by the producer</source>
        <translation>Ritirato dal produttore</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantità:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Causale:</translation>
    </message>
</context>
</TS>
