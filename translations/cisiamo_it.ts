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
        <translation>verifica l&apos;integrità del database e i riferimenti tra le tabelle</translation>
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
        <source>«%1» what? Write one of: %2.</source>
        <translation>«%1» cosa? Scrivere uno tra: %2.</translation>
    </message>
    <message>
        <source>prints the SQL schema of a new database (sqlite/schema.sql)</source>
        <translation>stampa lo schema SQL di un database nuovo (sqlite/schema.sql)</translation>
    </message>
    <message>
        <source>attestati needs the period: --from D --to D.</source>
        <translation>attestati richiede il periodo: --from D --to D.</translation>
    </message>
    <message>
        <source>The period is reversed: %1 comes after %2.</source>
        <translation>Il periodo è invertito: %1 viene dopo %2.</translation>
    </message>
    <message>
        <source>attestati needs a folder for the PDF files: --out DIR.</source>
        <translation>attestati richiede una cartella per i file PDF: --out DIR.</translation>
    </message>
    <message>
        <source>--limit wants a positive number.</source>
        <translation>--limit richiede un numero positivo.</translation>
    </message>
    <message>
        <source>There is no organisation «%1» (give its id, registry number or name).</source>
        <translation>Non esiste l&apos;organizzazione «%1» (indicarne l&apos;id, il numero di iscrizione o il nome).</translation>
    </message>
    <message>
        <source>There is no event «%1» (give its id or name).</source>
        <translation>Non esiste l&apos;evento «%1» (indicarne l&apos;id o il nome).</translation>
    </message>
    <message>
        <source>Over the art. 39 limits: %1 (%2), %3: %4. %5</source>
        <translation>Oltre i limiti dell&apos;art. 39: %1 (%2), %3: %4. %5</translation>
    </message>
    <message>
        <source>Issued with the days marked.</source>
        <translation>Emesso con le giornate segnalate.</translation>
    </message>
    <message>
        <source>Left pending: look at it, then use --include-over-limit.</source>
        <translation>Lasciato in sospeso: verificare, poi usare --include-over-limit.</translation>
    </message>
    <message>
        <source>No employer on record, left pending: %1</source>
        <translation>Nessun datore di lavoro registrato, in sospeso: %1</translation>
    </message>
    <message>
        <source>attestati: %1 of %2</source>
        <translation>attestati: %1 di %2</translation>
    </message>
    <message>
        <source>No attestato to issue for the period.</source>
        <translation>Nessun attestato da emettere per il periodo.</translation>
    </message>
    <message>
        <source>%1 attestati issued (%2 – %3) in %4 s; PDF files in %5, index %6</source>
        <translation>%1 attestati emessi (%2 – %3) in %4 s; file PDF in %5, indice %6</translation>
    </message>
    <message>
        <source>Left pending: %1 over the limits, %2 without employer.</source>
        <translation>Rimasti in sospeso: %1 oltre i limiti, %2 senza datore di lavoro.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Attenzione: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problems: nothing was imported.</source>
        <translation>
            <numerusform>%n problema: non è stato importato nulla.</numerusform>
            <numerusform>%n problemi: non è stato importato nulla.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 lines read: %2 volunteers added, %3 updated.</source>
        <translation>%1 righe lette: %2 volontari aggiunti, %3 aggiornati.</translation>
    </message>
    <message>
        <source>%1 lines read: %2 person-days added.</source>
        <translation>%1 righe lette: %2 giornate/persona aggiunte.</translation>
    </message>
    <message>
        <source>Dry run, nothing was written. %1</source>
        <translation>Prova senza scrivere, nulla è stato registrato. %1</translation>
    </message>
    <message>
        <source>issues the pending attestati of the period: one PDF each and an index CSV in DIR</source>
        <translation>emette gli attestati in sospeso del periodo: un PDF ciascuno e un indice CSV in DIR</translation>
    </message>
    <message>
        <source>First day of activation.</source>
        <translation>Primo giorno di attivazione.</translation>
    </message>
    <message>
        <source>Last day of activation.</source>
        <translation>Ultimo giorno di attivazione.</translation>
    </message>
    <message>
        <source>Only this organisation (id, registry number or name).</source>
        <translation>Solo questa organizzazione (id, numero di iscrizione o nome).</translation>
    </message>
    <message>
        <source>Only this event (id or name).</source>
        <translation>Solo questo evento (id o nome).</translation>
    </message>
    <message>
        <source>Issue also for volunteers over the art. 39 limits (the days are marked).</source>
        <translation>Emette anche per i volontari oltre i limiti dell&apos;art. 39 (le giornate sono segnalate).</translation>
    </message>
    <message>
        <source>At most N attestati.</source>
        <translation>Al massimo N attestati.</translation>
    </message>
    <message>
        <source>Folder for the PDF files and the index.</source>
        <translation>Cartella per i file PDF e l&apos;indice.</translation>
    </message>
    <message>
        <source>Check the file and say what would change, writing nothing.</source>
        <translation>Controlla il file e dice cosa cambierebbe, senza scrivere nulla.</translation>
    </message>
    <message>
        <source>imports volunteers from CSV (all or nothing)</source>
        <translation>importa volontari da CSV (tutto o niente)</translation>
    </message>
    <message>
        <source>imports activation days from CSV (all or nothing)</source>
        <translation>importa giornate di attivazione da CSV (tutto o niente)</translation>
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
        <translation>&lt;h3&gt;Ci siAMO! %1&lt;/h3&gt;&lt;p&gt;La sala operativa del CCV-MI, il coordinamento delle organizzazioni di volontariato di protezione civile della Città metropolitana di Milano, all&apos;Idroscalo.&lt;/p&gt;&lt;p&gt;Magazzino, consegne, volontari, supporto allo studio: funziona anche senza rete e conserva ogni modifica.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reference data and licences</source>
        <translation>Dati di riferimento e licenze</translation>
    </message>
    <message>
        <source>Municipal boundaries: ISTAT, processed by openpolis (CC BY 4.0).
Residents: ANPR register, Ministero dell&apos;Interno (CC0).
List of Italian comuni: ISTAT (CC BY) and Wikidata (CC0), via Comuni-ITA (MIT).
Town hall contacts: IndicePA.</source>
        <translation>Confini comunali: ISTAT, elaborazione openpolis (CC BY 4.0).
Residenti: registro ANPR, Ministero dell&apos;Interno (CC0).
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
        <translation>Nome dell&apos;operatore</translation>
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
        <translation>Le modifiche si scambiano con le altre postazioni attraverso questa cartella. Può mancare per un po&apos;: il programma continua a funzionare senza rete.</translation>
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
        <translation>Scegli un comune nell&apos;elenco o sulla mappa</translation>
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
        <translation>L&apos;aggiornamento del database alla versione %1 (%2) non è riuscito: %3. Il database è rimasto alla versione precedente, senza modifiche.</translation>
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
        <translation>Il numero di postazione %1 è già usato da un&apos;altra postazione i cui dati sono in questo database: sceglierne un altro.</translation>
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
    <name>volunteers::ActivationDialog</name>
    <message>
        <source>Record days of activation</source>
        <translation>Registra giornate di attivazione</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(non indicato)</translation>
    </message>
    <message>
        <source>e.g. COC, drive-in, hospital entrance</source>
        <translation>es. COC, drive-in, ingresso ospedale</translation>
    </message>
    <message>
        <source>&amp;Volunteer:</source>
        <translation>&amp;Volontario:</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Evento:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Servizio:</translation>
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
        <source>&amp;Comune:</source>
        <translation>&amp;Comune:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Luogo:</translation>
    </message>
    <message numerus="yes">
        <source>%n person-days</source>
        <translation>
            <numerusform>%n giornata/persona</numerusform>
            <numerusform>%n giornate/persona</numerusform>
        </translation>
    </message>
    <message>
        <source>The last day comes before the first.</source>
        <translation>L&apos;ultimo giorno viene prima del primo.</translation>
    </message>
    <message>
        <source>the event runs from %1 to %2</source>
        <translation>l&apos;evento va dal %1 al %2</translation>
    </message>
    <message>
        <source>the event runs from %1</source>
        <translation>l&apos;evento è aperto dal %1</translation>
    </message>
</context>
<context>
    <name>volunteers::ActivationsPage</name>
    <message>
        <source>All events</source>
        <translation>Tutti gli eventi</translation>
    </message>
    <message>
        <source>New &amp;event...</source>
        <translation>Nuovo &amp;evento...</translation>
    </message>
    <message>
        <source>Change e&amp;vent...</source>
        <translation>Modifica e&amp;vento...</translation>
    </message>
    <message>
        <source>Days from</source>
        <translation>Giornate dal</translation>
    </message>
    <message>
        <source>Volunteer: surname or codice fiscale</source>
        <translation>Volontario: cognome o codice fiscale</translation>
    </message>
    <message>
        <source>Show reversed days</source>
        <translation>Mostra le giornate stornate</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Giornata</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Volontario</translation>
    </message>
    <message>
        <source>Codice fiscale</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Reversal: this day does not count</source>
        <translation>Storno: questa giornata non conta</translation>
    </message>
    <message>
        <source>Reversed: this day does not count</source>
        <translation>Stornata: questa giornata non conta</translation>
    </message>
    <message>
        <source>Certified by an attestato</source>
        <translation>Certificata da un attestato</translation>
    </message>
    <message>
        <source>Activation ledger</source>
        <translation>Registro delle attivazioni</translation>
    </message>
    <message>
        <source>&amp;Record days...</source>
        <translation>&amp;Registra giornate...</translation>
    </message>
    <message>
        <source>R&amp;oster...</source>
        <translation>&amp;Appello...</translation>
    </message>
    <message>
        <source>Many volunteers on the same day, service and place</source>
        <translation>Molti volontari nello stesso giorno, servizio e luogo</translation>
    </message>
    <message>
        <source>Re&amp;verse day...</source>
        <translation>&amp;Storna giornata...</translation>
    </message>
    <message>
        <source>&amp;Services...</source>
        <translation>S&amp;ervizi...</translation>
    </message>
    <message>
        <source>&amp;Import CSV...</source>
        <translation>&amp;Importa CSV...</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Evento:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>%1 rows in the ledger · %2 person-days (volunteers counted once a day)</source>
        <translation>%1 righe nel registro · %2 giornate/persona (ogni volontario conta una volta al giorno)</translation>
    </message>
    <message>
        <source>Choose an event to see its type, act and dates.</source>
        <translation>Scegliere un evento per vederne tipo, atto e date.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · limits %2 consecutive days and %3 a year · authorised by: %4 · %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · limiti %2 giorni consecutivi e %3 all&apos;anno · autorizzato con: %4 · %5</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>dal %1 al %2</translation>
    </message>
    <message>
        <source>from %1, still open</source>
        <translation>dal %1, ancora aperto</translation>
    </message>
    <message>
        <source>Reverse day</source>
        <translation>Storna giornata</translation>
    </message>
    <message>
        <source>Reverse the day %1 of %2 (%3)? The ledger keeps the day and this reversal.
Why:</source>
        <translation>Stornare la giornata del %1 di %2 (%3)? Il registro conserva la giornata e questo storno.
Motivo:</translation>
    </message>
    <message>
        <source>This day is certified by an attestato already issued. Reverse it anyway?</source>
        <translation>Questa giornata è certificata da un attestato già emesso. Stornarla comunque?</translation>
    </message>
</context>
<context>
    <name>volunteers::AttestatiPage</name>
    <message>
        <source>&amp;Batch production...</source>
        <translation>Produzione in &amp;blocco...</translation>
    </message>
    <message>
        <source>Issue all the attestati of a month, an organisation or an event, with their PDF files</source>
        <translation>Emette tutti gli attestati di un mese, di un&apos;organizzazione o di un evento, con i loro file PDF</translation>
    </message>
    <message>
        <source>CSV for the &amp;regional system...</source>
        <translation>CSV per il sistema &amp;regionale...</translation>
    </message>
    <message>
        <source>Number or volunteer</source>
        <translation>Numero o volontario</translation>
    </message>
    <message>
        <source>Every deadline</source>
        <translation>Tutte le scadenze</translation>
    </message>
    <message>
        <source>Reimbursement deadline within 90 days</source>
        <translation>Scadenza del rimborso entro 90 giorni</translation>
    </message>
    <message>
        <source>Reimbursement deadline passed</source>
        <translation>Scadenza del rimborso passata</translation>
    </message>
    <message>
        <source>Issued from</source>
        <translation>Emessi dal</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Emesso il</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Volontario</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Datore di lavoro</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Giornate</translation>
    </message>
    <message>
        <source>Over limit</source>
        <translation>Oltre i limiti</translation>
    </message>
    <message>
        <source>Reimbursement by</source>
        <translation>Rimborso entro</translation>
    </message>
    <message>
        <source>The employer&apos;s two years to ask for reimbursement are over</source>
        <translation>Sono passati i due anni entro cui il datore di lavoro può chiedere il rimborso</translation>
    </message>
    <message>
        <source>The employer&apos;s deadline to ask for reimbursement is close</source>
        <translation>Si avvicina la scadenza entro cui il datore di lavoro può chiedere il rimborso</translation>
    </message>
    <message>
        <source>Some days are beyond the art. 39 limits (marked on the attestato)</source>
        <translation>Alcune giornate sono oltre i limiti dell&apos;art. 39 (segnalate sull&apos;attestato)</translation>
    </message>
    <message>
        <source>Register of attestati</source>
        <translation>Registro degli attestati</translation>
    </message>
    <message>
        <source>Re&amp;print...</source>
        <translation>Ri&amp;stampa...</translation>
    </message>
    <message>
        <source>The same attestato as issued: same number, same text</source>
        <translation>Lo stesso attestato emesso: stesso numero, stesso testo</translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation>Salva come P&amp;DF...</translation>
    </message>
    <message>
        <source>&amp;Open volunteer</source>
        <translation>Apri il &amp;volontario</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message numerus="yes">
        <source>%n attestati in the register match</source>
        <translation>
            <numerusform>%n attestato del registro corrisponde</numerusform>
            <numerusform>%n attestati del registro corrispondono</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 attestati to issue&lt;/b&gt; for %2 volunteers (%3 person-days not yet certified).</source>
        <translation>&lt;b&gt;%1 attestati da emettere&lt;/b&gt; per %2 volontari (%3 giornate/persona non ancora certificate).</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&quot;color:#a15c00&quot;&gt;%n of them have no employer on record.&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&quot;color:#a15c00&quot;&gt;%n di loro non ha un datore di lavoro registrato.&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style=&quot;color:#a15c00&quot;&gt;%n di loro non hanno un datore di lavoro registrato.&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Ristampa</translation>
    </message>
    <message>
        <source>CSV for the regional system</source>
        <translation>CSV per il sistema regionale</translation>
    </message>
</context>
<context>
    <name>volunteers::BatchDialog</name>
    <message>
        <source>Batch production of attestati</source>
        <translation>Produzione in blocco degli attestati</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Mese:</translation>
    </message>
    <message>
        <source>&amp;Period from:</source>
        <translation>&amp;Periodo dal:</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Tutte le organizzazioni</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Tutti gli eventi</translation>
    </message>
    <message>
        <source>Volunteers to look at</source>
        <translation>Volontari da verificare</translation>
    </message>
    <message>
        <source>Issue also for volunteers over the art. 39 limits (the days over are marked on the attestato)</source>
        <translation>Emetti anche per i volontari oltre i limiti dell&apos;art. 39 (le giornate eccedenti sono segnalate sull&apos;attestato)</translation>
    </message>
    <message>
        <source>&amp;Choose...</source>
        <translation>S&amp;cegli...</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v di %m</translation>
    </message>
    <message>
        <source>&amp;Issue the attestati</source>
        <translation>&amp;Emetti gli attestati</translation>
    </message>
    <message>
        <source>Ca&amp;ncel the batch</source>
        <translation>&amp;Annulla la produzione</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>Apri la &amp;cartella</translation>
    </message>
    <message>
        <source>Which days</source>
        <translation>Quali giornate</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organizzazione:</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Evento:</translation>
    </message>
    <message>
        <source>PDF &amp;folder:</source>
        <translation>Cartella dei &amp;PDF:</translation>
    </message>
    <message>
        <source>Before issuing</source>
        <translation>Prima di emettere</translation>
    </message>
    <message>
        <source>The period is reversed.</source>
        <translation>Il periodo è invertito.</translation>
    </message>
    <message>
        <source>The pending attestati could not be counted.</source>
        <translation>Non è stato possibile contare gli attestati in sospeso.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 attestati to issue&lt;/b&gt; for %2 volunteers, %3 person-days between %4 and %5.</source>
        <translation>&lt;b&gt;%1 attestati da emettere&lt;/b&gt; per %2 volontari, %3 giornate/persona tra il %4 e il %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n volunteers are over the art. 39 limits: their attestati stay pending unless you tick the box below.</source>
        <translation>
            <numerusform>%n volontario è oltre i limiti dell&apos;art. 39: il suo attestato resta in sospeso se non si spunta la casella qui sotto.</numerusform>
            <numerusform>%n volontari sono oltre i limiti dell&apos;art. 39: i loro attestati restano in sospeso se non si spunta la casella qui sotto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n volunteers have no employer on record: their attestati stay pending.</source>
        <translation>
            <numerusform>%n volontario non ha un datore di lavoro registrato: il suo attestato resta in sospeso.</numerusform>
            <numerusform>%n volontari non hanno un datore di lavoro registrato: i loro attestati restano in sospeso.</numerusform>
        </translation>
    </message>
    <message>
        <source>Over the limits: %1 (%2), %3: %4</source>
        <translation>Oltre i limiti: %1 (%2), %3: %4</translation>
    </message>
    <message>
        <source>No employer on record: %1</source>
        <translation>Nessun datore di lavoro registrato: %1</translation>
    </message>
    <message>
        <source>Folder for the PDF files</source>
        <translation>Cartella per i file PDF</translation>
    </message>
    <message>
        <source>Choose the folder for the PDF files.</source>
        <translation>Scegliere la cartella per i file PDF.</translation>
    </message>
    <message>
        <source>Issuing...</source>
        <translation>Emissione in corso...</translation>
    </message>
    <message>
        <source>Cancelling after the attestato in progress...</source>
        <translation>Annullamento dopo l&apos;attestato in corso...</translation>
    </message>
    <message>
        <source>Issued up to number %1</source>
        <translation>Emessi fino al numero %1</translation>
    </message>
    <message>
        <source>The batch stopped: %1 The attestati issued before the problem are in the register.</source>
        <translation>La produzione si è fermata: %1 Gli attestati emessi prima del problema sono nel registro.</translation>
    </message>
    <message>
        <source>Cancelled: %1 attestati were issued and are in the register; the others are still to issue.</source>
        <translation>Annullata: %1 attestati sono stati emessi e sono nel registro; gli altri restano da emettere.</translation>
    </message>
    <message>
        <source>Done: %1 attestati issued.</source>
        <translation>Fatto: %1 attestati emessi.</translation>
    </message>
    <message>
        <source>Left pending: %1 over the limits, %2 without employer.</source>
        <translation>Rimasti in sospeso: %1 oltre i limiti, %2 senza datore di lavoro.</translation>
    </message>
    <message>
        <source>Index for the regional system: %1</source>
        <translation>Indice per il sistema regionale: %1</translation>
    </message>
    <message>
        <source>A batch is running. Cancel it?</source>
        <translation>Una produzione è in corso. Annullarla?</translation>
    </message>
</context>
<context>
    <name>volunteers::EventDialog</name>
    <message>
        <source>Change event</source>
        <translation>Modifica evento</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nuovo evento</translation>
    </message>
    <message>
        <source>%1 (limits: %2 consecutive days, %3 a year)</source>
        <translation>%1 (limiti: %2 giorni consecutivi, %3 all&apos;anno)</translation>
    </message>
    <message>
        <source>e.g. Delibera del Consiglio dei Ministri del 31/01/2020</source>
        <translation>es. Delibera del Consiglio dei Ministri del 31/01/2020</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Ancora aperto</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Authorising &amp;act:</source>
        <translation>&amp;Atto di autorizzazione:</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>&amp;Inizio:</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>&amp;Fine:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;ote:</translation>
    </message>
</context>
<context>
    <name>volunteers::ImportDialog</name>
    <message>
        <source>Import from CSV</source>
        <translation>Importa da CSV</translation>
    </message>
    <message>
        <source>&amp;Volunteers</source>
        <translation>&amp;Volontari</translation>
    </message>
    <message>
        <source>&amp;Activation days</source>
        <translation>&amp;Giornate di attivazione</translation>
    </message>
    <message>
        <source>CSV file saved from the spreadsheet (comma or semicolon)</source>
        <translation>File CSV salvato dal foglio di calcolo (virgola o punto e virgola)</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>S&amp;cegli...</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problemi trovati</translation>
    </message>
    <message>
        <source>&amp;Check the file</source>
        <translation>&amp;Controlla il file</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>File CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>File CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Columns (first row): &lt;b&gt;cognome, nome, codice_fiscale, organizzazione, comune_residenza&lt;/b&gt;; optional: indirizzo, telefono, email, condizione (dipendente, autonomo, non occupato), datore_lavoro, datore_cf_piva, datore_indirizzo, datore_pec. A codice fiscale already on record updates that volunteer.</source>
        <translation>Colonne (prima riga): &lt;b&gt;cognome, nome, codice_fiscale, organizzazione, comune_residenza&lt;/b&gt;; facoltative: indirizzo, telefono, email, condizione (dipendente, autonomo, non occupato), datore_lavoro, datore_cf_piva, datore_indirizzo, datore_pec. Un codice fiscale già registrato aggiorna quel volontario.</translation>
    </message>
    <message>
        <source>Columns (first row): &lt;b&gt;codice_fiscale, evento, data&lt;/b&gt; (or &lt;b&gt;dal&lt;/b&gt; and &lt;b&gt;al&lt;/b&gt;), &lt;b&gt;servizio&lt;/b&gt;; optional: comune, luogo, organizzazione. A volunteer already recorded on a day is refused.</source>
        <translation>Colonne (prima riga): &lt;b&gt;codice_fiscale, evento, data&lt;/b&gt; (oppure &lt;b&gt;dal&lt;/b&gt; e &lt;b&gt;al&lt;/b&gt;), &lt;b&gt;servizio&lt;/b&gt;; facoltative: comune, luogo, organizzazione. Un volontario già registrato in un giorno viene rifiutato.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>%1 lines: %2 volunteers to add, %3 to update.</source>
        <translation>%1 righe: %2 volontari da aggiungere, %3 da aggiornare.</translation>
    </message>
    <message>
        <source>%1 lines: %2 person-days to add.</source>
        <translation>%1 righe: %2 giornate/persona da aggiungere.</translation>
    </message>
    <message numerus="yes">
        <source>%n problems: nothing can be imported until they are corrected in the file.</source>
        <translation>
            <numerusform>%n problema: non si può importare nulla finché non è corretto nel file.</numerusform>
            <numerusform>%n problemi: non si può importare nulla finché non sono corretti nel file.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is correct. %1 Press Import to write it.</source>
        <translation>Il file è corretto. %1 Premere Importa per registrarlo.</translation>
    </message>
    <message>
        <source>%1 lines: %2 volunteers added, %3 updated.</source>
        <translation>%1 righe: %2 volontari aggiunti, %3 aggiornati.</translation>
    </message>
    <message>
        <source>%1 lines: %2 person-days added.</source>
        <translation>%1 righe: %2 giornate/persona aggiunte.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Importato.</translation>
    </message>
</context>
<context>
    <name>volunteers::IssueDialog</name>
    <message>
        <source>Issue attestato</source>
        <translation>Emetti attestato</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Giornata</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <source>Art. 39</source>
        <translation>Art. 39</translation>
    </message>
    <message>
        <source>I have looked at the days over the limits: issue the attestato with those days marked</source>
        <translation>Ho verificato le giornate oltre i limiti: emetti l&apos;attestato con quelle giornate segnalate</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Emetti</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>S&amp;tampa...</translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation>Salva come P&amp;DF...</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Evento:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organizzazione:</translation>
    </message>
    <message>
        <source>&amp;Days from:</source>
        <translation>&amp;Giornate dal:</translation>
    </message>
    <message>
        <source>over the limit</source>
        <translation>oltre il limite</translation>
    </message>
    <message>
        <source>within</source>
        <translation>nei limiti</translation>
    </message>
    <message>
        <source>No days left to certify for this event in the period.</source>
        <translation>Nessuna giornata da certificare per questo evento nel periodo.</translation>
    </message>
    <message numerus="yes">
        <source>%n days will be certified.</source>
        <translation>
            <numerusform>Sarà certificata %n giornata.</numerusform>
            <numerusform>Saranno certificate %n giornate.</numerusform>
        </translation>
    </message>
    <message>
        <source>Over the art. 39 limits on %1.</source>
        <translation>Oltre i limiti dell&apos;art. 39 il %1.</translation>
    </message>
    <message>
        <source>No employer on record: add it to the volunteer first.</source>
        <translation>Nessun datore di lavoro registrato: aggiungerlo prima al volontario.</translation>
    </message>
    <message>
        <source>The volunteer does not work: no attestato is needed.</source>
        <translation>Il volontario non lavora: non serve alcun attestato.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Attestato %1 issued&lt;/b&gt; for %n days; the employer can ask for reimbursement until %2.</source>
        <translation>
            <numerusform>&lt;b&gt;Attestato %1 emesso&lt;/b&gt; per %n giornata; il datore di lavoro può chiedere il rimborso fino al %2.</numerusform>
            <numerusform>&lt;b&gt;Attestato %1 emesso&lt;/b&gt; per %n giornate; il datore di lavoro può chiedere il rimborso fino al %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>volunteers::LimitsPage</name>
    <message>
        <source>Art. 39 D.Lgs 1/2018: a volunteer may be away from work at most &lt;b&gt;30 consecutive days and 90 a year&lt;/b&gt; for ordinary activity; &lt;b&gt;60 and 180&lt;/b&gt; in a declared national emergency; &lt;b&gt;180 consecutive days and 180 a year&lt;/b&gt; for the COVID-19 emergency (DL 34/2020 art. 35-bis); &lt;b&gt;10 and 30&lt;/b&gt; for training, exercises and planning, which count on their own. Days beyond a limit are flagged here and before any attestato is issued.</source>
        <translation>Art. 39 D.Lgs 1/2018: un volontario può assentarsi dal lavoro al massimo &lt;b&gt;30 giorni consecutivi e 90 all&apos;anno&lt;/b&gt; per l&apos;attività ordinaria; &lt;b&gt;60 e 180&lt;/b&gt; in un&apos;emergenza di rilievo nazionale dichiarata; &lt;b&gt;180 giorni consecutivi e 180 all&apos;anno&lt;/b&gt; per l&apos;emergenza COVID-19 (DL 34/2020 art. 35-bis); &lt;b&gt;10 e 30&lt;/b&gt; per formazione, esercitazioni e pianificazione, che si contano a parte. Le giornate oltre un limite sono segnalate qui e prima dell&apos;emissione di qualsiasi attestato.</translation>
    </message>
    <message>
        <source>Only days over a limit from</source>
        <translation>Solo giornate oltre i limiti dal</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <source>&amp;Open volunteer</source>
        <translation>Apri il &amp;volontario</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>S&amp;tampa...</translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation>Salva come P&amp;DF...</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Volontario</translation>
    </message>
    <message>
        <source>Codice fiscale</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Days over</source>
        <translation>Giornate oltre</translation>
    </message>
    <message>
        <source>Not yet certified</source>
        <translation>Non ancora certificate</translation>
    </message>
    <message>
        <source>First day over</source>
        <translation>Prima giornata oltre</translation>
    </message>
    <message>
        <source>Limit exceeded</source>
        <translation>Limite superato</translation>
    </message>
    <message>
        <source>Volunteers over the limits</source>
        <translation>Volontari oltre i limiti</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Giornata</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Tipo di evento</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Conteggio</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Stampa</translation>
    </message>
    <message>
        <source>The limits could not be computed.</source>
        <translation>Non è stato possibile calcolare i limiti.</translation>
    </message>
    <message numerus="yes">
        <source>%n volunteers over a limit</source>
        <translation>
            <numerusform>%n volontario oltre un limite</numerusform>
            <numerusform>%n volontari oltre un limite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with days not yet certified: look at them before issuing attestati</source>
        <translation>
            <numerusform>%n con giornate non ancora certificate: verificarlo prima di emettere attestati</numerusform>
            <numerusform>%n con giornate non ancora certificate: verificarli prima di emettere attestati</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 consecutive days</source>
        <translation>%1 giorni consecutivi</translation>
    </message>
    <message>
        <source>%1 days a year</source>
        <translation>%1 giorni all&apos;anno</translation>
    </message>
    <message>
        <source>day %1 in a row</source>
        <translation>%1° giorno consecutivo</translation>
    </message>
    <message>
        <source>day %1 of the year</source>
        <translation>%1° giorno dell&apos;anno</translation>
    </message>
</context>
<context>
    <name>volunteers::OrganisationDialog</name>
    <message>
        <source>Change organisation</source>
        <translation>Modifica organizzazione</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nuova organizzazione</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Associazione</translation>
    </message>
    <message>
        <source>Municipal group</source>
        <translation>Gruppo comunale</translation>
    </message>
    <message>
        <source>number in the regional register</source>
        <translation>numero di iscrizione all&apos;albo regionale</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attiva</translation>
    </message>
    <message>
        <source>Mayor</source>
        <translation>Sindaco</translation>
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
        <source>&amp;Comune:</source>
        <translation>&amp;Comune:</translation>
    </message>
    <message>
        <source>&amp;Registry number:</source>
        <translation>&amp;Numero di iscrizione:</translation>
    </message>
    <message>
        <source>&amp;Tax code:</source>
        <translation>&amp;Codice fiscale:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>In&amp;dirizzo:</translation>
    </message>
    <message>
        <source>&amp;Legal representative:</source>
        <translation>&amp;Legale rappresentante:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Ruolo:</translation>
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
        <source>N&amp;otes:</source>
        <translation>N&amp;ote:</translation>
    </message>
</context>
<context>
    <name>volunteers::OrganisationsPage</name>
    <message>
        <source>Search by name, comune or registry number</source>
        <translation>Cerca per nome, comune o numero di iscrizione</translation>
    </message>
    <message>
        <source>Associations and municipal groups</source>
        <translation>Associazioni e gruppi comunali</translation>
    </message>
    <message>
        <source>Associations</source>
        <translation>Associazioni</translation>
    </message>
    <message>
        <source>Municipal groups</source>
        <translation>Gruppi comunali</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Registry no.</source>
        <translation>N. iscrizione</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Volontari</translation>
    </message>
    <message>
        <source>Operational status renewed this year</source>
        <translation>Operatività rinnovata quest&apos;anno</translation>
    </message>
    <message>
        <source>Operational status not renewed this year</source>
        <translation>Operatività non rinnovata quest&apos;anno</translation>
    </message>
    <message>
        <source>Renewal of this year still open</source>
        <translation>Rinnovo di quest&apos;anno ancora in corso</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizzazioni</translation>
    </message>
    <message>
        <source>&amp;New organisation...</source>
        <translation>&amp;Nuova organizzazione...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Modifica...</translation>
    </message>
    <message>
        <source>Renewal of operational status</source>
        <translation>Rinnovo dell&apos;operatività</translation>
    </message>
    <message>
        <source>Available 24 hours a day</source>
        <translation>Disponibilità h24</translation>
    </message>
    <message>
        <source>Enough operational volunteers</source>
        <translation>Volontari operativi sufficienti</translation>
    </message>
    <message>
        <source>All volunteers insured, no pending charges</source>
        <translation>Tutti i volontari assicurati e senza carichi pendenti</translation>
    </message>
    <message>
        <source>Activity report delivered</source>
        <translation>Relazione sull&apos;attività consegnata</translation>
    </message>
    <message>
        <source>List of equipment and vehicles delivered</source>
        <translation>Elenco di attrezzature e mezzi consegnato</translation>
    </message>
    <message>
        <source>Documents of the legal representative (for municipal groups: the mayor)</source>
        <translation>Documenti del legale rappresentante (per i gruppi comunali: il sindaco)</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Rinnovata</translation>
    </message>
    <message>
        <source>Not renewed</source>
        <translation>Non rinnovata</translation>
    </message>
    <message>
        <source>&amp;Save renewal</source>
        <translation>&amp;Salva il rinnovo</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Anno:</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>S&amp;tato:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message numerus="yes">
        <source>%n organisations</source>
        <translation>
            <numerusform>%n organizzazione</numerusform>
            <numerusform>%n organizzazioni</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an organisation in the list</source>
        <translation>Scegliere un&apos;organizzazione nell&apos;elenco</translation>
    </message>
    <message>
        <source>Municipal group of %1</source>
        <translation>Gruppo comunale di %1</translation>
    </message>
    <message>
        <source>Association based in %1</source>
        <translation>Associazione con sede a %1</translation>
    </message>
    <message>
        <source>Registry number %1</source>
        <translation>Numero di iscrizione %1</translation>
    </message>
    <message>
        <source>Legal representative: %1%2</source>
        <translation>Legale rappresentante: %1%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;No longer active&lt;/b&gt;</source>
        <translation>&lt;b&gt;Non più attiva&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Tick every item of the checklist first</source>
        <translation>Spuntare prima tutte le voci della lista di controllo</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Rinnovo</translation>
    </message>
</context>
<context>
    <name>volunteers::PersonDaysPage</name>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostra</translation>
    </message>
    <message>
        <source>Feb–Oct 2020</source>
        <translation>feb–ott 2020</translation>
    </message>
    <message>
        <source>The period of the published table by month (56,200 person-days)</source>
        <translation>Il periodo della tabella pubblicata per mese (56.200 giornate/persona)</translation>
    </message>
    <message>
        <source>Oct 2020 – 16/03/2021</source>
        <translation>ott 2020 – 16/03/2021</translation>
    </message>
    <message>
        <source>The period of the published table by service (20,459 person-days)</source>
        <translation>Il periodo della tabella pubblicata per servizio (20.459 giornate/persona)</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>S&amp;tampa...</translation>
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
        <translation>Giornate/persona</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>by</source>
        <translation>per</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>Pubblicati:</translation>
    </message>
    <message>
        <source>Total: %1 person-days</source>
        <translation>Totale: %1 giornate/persona</translation>
    </message>
    <message>
        <source>%1 (the 30 largest)</source>
        <translation>%1 (i 30 maggiori)</translation>
    </message>
</context>
<context>
    <name>volunteers::QualificationDialog</name>
    <message>
        <source>Change course or qualification</source>
        <translation>Modifica corso o qualifica</translation>
    </message>
    <message>
        <source>New course or qualification</source>
        <translation>Nuovo corso o qualifica</translation>
    </message>
    <message>
        <source>Course attended</source>
        <translation>Corso frequentato</translation>
    </message>
    <message>
        <source>Qualification held</source>
        <translation>Qualifica posseduta</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Scade il</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Obtained on:</source>
        <translation>&amp;Conseguito il:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;ote:</translation>
    </message>
</context>
<context>
    <name>volunteers::RosterDialog</name>
    <message>
        <source>Roster: many volunteers on the same day</source>
        <translation>Appello: molti volontari nello stesso giorno</translation>
    </message>
    <message>
        <source>(the organisation&apos;s comune)</source>
        <translation>(il comune dell&apos;organizzazione)</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>Filtra l&apos;elenco</translation>
    </message>
    <message>
        <source>Volunteers of the organisation</source>
        <translation>Volontari dell&apos;organizzazione</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>Spunta &amp;tutti</translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation>&amp;Nessuno</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Evento:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Servizio:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Giorno:</translation>
    </message>
    <message>
        <source>&amp;Comune:</source>
        <translation>&amp;Comune:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Luogo:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organizzazione:</translation>
    </message>
    <message>
        <source>&amp;Record the roster</source>
        <translation>&amp;Registra l&apos;appello</translation>
    </message>
    <message numerus="yes">
        <source>%n volunteers ticked</source>
        <translation>
            <numerusform>%n volontario spuntato</numerusform>
            <numerusform>%n volontari spuntati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the organisation</source>
        <translation>
            <numerusform>%n nell&apos;organizzazione</numerusform>
            <numerusform>%n nell&apos;organizzazione</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>volunteers::ServicesDialog</name>
    <message>
        <source>Services</source>
        <translation>Servizi</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <source>Published figures</source>
        <translation>Dati pubblicati</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In uso</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Aggiungi...</translation>
    </message>
    <message>
        <source>&amp;Rename...</source>
        <translation>&amp;Rinomina...</translation>
    </message>
    <message>
        <source>&amp;In use / not in use</source>
        <translation>&amp;In uso / non in uso</translation>
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
        <source>New service</source>
        <translation>Nuovo servizio</translation>
    </message>
    <message>
        <source>Name of the service:</source>
        <translation>Nome del servizio:</translation>
    </message>
    <message>
        <source>Rename service</source>
        <translation>Rinomina servizio</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nuovo nome:</translation>
    </message>
</context>
<context>
    <name>volunteers::VolunteerDetailsPanel</name>
    <message>
        <source>Art. 39 limits</source>
        <translation>Limiti dell&apos;art. 39</translation>
    </message>
    <message>
        <source>All volunteers over the limits...</source>
        <translation>Tutti i volontari oltre i limiti...</translation>
    </message>
    <message>
        <source>Days of activation</source>
        <translation>Giornate di attivazione</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Giornata</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <source>Attestato</source>
        <translation>Attestato</translation>
    </message>
    <message>
        <source>Re&amp;verse day...</source>
        <translation>&amp;Storna giornata...</translation>
    </message>
    <message>
        <source>Cancel a day recorded by mistake: the ledger keeps it, with a reversal and the reason</source>
        <translation>Annulla una giornata registrata per errore: il registro la conserva, con lo storno e il motivo</translation>
    </message>
    <message>
        <source>Courses and qualifications</source>
        <translation>Corsi e qualifiche</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Obtained</source>
        <translation>Conseguito</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Aggiungi...</translation>
    </message>
    <message>
        <source>Ch&amp;ange...</source>
        <translation>Mo&amp;difica...</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ri&amp;muovi</translation>
    </message>
    <message>
        <source>Choose a volunteer in the list</source>
        <translation>Scegliere un volontario nell&apos;elenco</translation>
    </message>
    <message>
        <source> (no longer active)</source>
        <translation> (non più attivo)</translation>
    </message>
    <message>
        <source>Codice fiscale &lt;b&gt;%1&lt;/b&gt; · born on %2</source>
        <translation>Codice fiscale &lt;b&gt;%1&lt;/b&gt; · nato/a il %2</translation>
    </message>
    <message>
        <source>Lives in %1%2</source>
        <translation>Residente a %1%2</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>Organizzazione: %1</translation>
    </message>
    <message>
        <source>Not working: no attestato for an employer needed</source>
        <translation>Non occupato: non serve l&apos;attestato per un datore di lavoro</translation>
    </message>
    <message>
        <source>Self-employed: %1 (%2)</source>
        <translation>Lavoratore autonomo: %1 (%2)</translation>
    </message>
    <message>
        <source>Self-employed, &lt;span style=&quot;color:#a15c00&quot;&gt;business not on record&lt;/span&gt;</source>
        <translation>Lavoratore autonomo, &lt;span style=&quot;color:#a15c00&quot;&gt;attività non registrata&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Employer: %1 (%2)%3</source>
        <translation>Datore di lavoro: %1 (%2)%3</translation>
    </message>
    <message>
        <source>, PEC %1</source>
        <translation>, PEC %1</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#a15c00&quot;&gt;No employer on record: attestati cannot be issued&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#a15c00&quot;&gt;Nessun datore di lavoro registrato: non si possono emettere attestati&lt;/span&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style=&quot;color:#b71c1c&quot;&gt;Over the limits on %n days&lt;/b&gt;, from %1: %2.</source>
        <translation>
            <numerusform>&lt;b style=&quot;color:#b71c1c&quot;&gt;Oltre i limiti in %n giornata&lt;/b&gt;, dal %1: %2.</numerusform>
            <numerusform>&lt;b style=&quot;color:#b71c1c&quot;&gt;Oltre i limiti in %n giornate&lt;/b&gt;, dal %1: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:#2e7d32&quot;&gt;Within the limits.&lt;/b&gt;</source>
        <translation>&lt;b style=&quot;color:#2e7d32&quot;&gt;Nei limiti.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Longest run of consecutive days: %1 (training: %2).</source>
        <translation>Periodo più lungo di giorni consecutivi: %1 (formazione: %2).</translation>
    </message>
    <message>
        <source>Beyond an art. 39 limit</source>
        <translation>Oltre un limite dell&apos;art. 39</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Corso</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualifica</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>non scade</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (scaduto)</translation>
    </message>
    <message>
        <source>%1 (expires soon)</source>
        <translation>%1 (in scadenza)</translation>
    </message>
    <message>
        <source>Reverse day</source>
        <translation>Storna giornata</translation>
    </message>
    <message>
        <source>Reverse the day %1 (%2)? The ledger keeps the day and this reversal.
Why:</source>
        <translation>Stornare la giornata del %1 (%2)? Il registro conserva la giornata e questo storno.
Motivo:</translation>
    </message>
    <message>
        <source>This day is certified by attestato %1, which the employer may already have. Reverse it anyway?</source>
        <translation>Questa giornata è certificata dall&apos;attestato %1, che il datore di lavoro potrebbe già avere. Stornarla comunque?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Remove «%1» from this volunteer?</source>
        <translation>Rimuovere «%1» da questo volontario?</translation>
    </message>
</context>
<context>
    <name>volunteers::VolunteerDialog</name>
    <message>
        <source>Change volunteer</source>
        <translation>Modifica volontario</translation>
    </message>
    <message>
        <source>New volunteer</source>
        <translation>Nuovo volontario</translation>
    </message>
    <message>
        <source>16 characters, e.g. RSSMRA80A01F205X</source>
        <translation>16 caratteri, es. RSSMRA80A01F205X</translation>
    </message>
    <message>
        <source>any Italian comune, e.g. Limbiate (MB)</source>
        <translation>qualsiasi comune italiano, es. Limbiate (MB)</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Lavoratore dipendente</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation>Lavoratore autonomo</translation>
    </message>
    <message>
        <source>Not working (retired, student...)</source>
        <translation>Non occupato (pensionato, studente...)</translation>
    </message>
    <message>
        <source>partita IVA or codice fiscale</source>
        <translation>partita IVA o codice fiscale</translation>
    </message>
    <message>
        <source>where the attestati are sent</source>
        <translation>dove si inviano gli attestati</translation>
    </message>
    <message>
        <source>Active volunteer</source>
        <translation>Volontario attivo</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Volontario</translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation>&amp;Cognome:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Codice fiscale:</source>
        <translation>Codice &amp;fiscale:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organizzazione:</translation>
    </message>
    <message>
        <source>&amp;Residence:</source>
        <translation>&amp;Residenza:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>In&amp;dirizzo:</translation>
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
        <source>No&amp;tes:</source>
        <translation>No&amp;te:</translation>
    </message>
    <message>
        <source>Work and attestati</source>
        <translation>Lavoro e attestati</translation>
    </message>
    <message>
        <source>&amp;Working condition:</source>
        <translation>Condizione &amp;lavorativa:</translation>
    </message>
    <message>
        <source>Employer &amp;tax code:</source>
        <translation>C.F./P.IVA del &amp;datore:</translation>
    </message>
    <message>
        <source>E&amp;mployer:</source>
        <translation>Datore di la&amp;voro:</translation>
    </message>
    <message>
        <source>Employer add&amp;ress:</source>
        <translation>Indi&amp;rizzo del datore:</translation>
    </message>
    <message>
        <source>Employer P&amp;EC:</source>
        <translation>P&amp;EC del datore:</translation>
    </message>
    <message>
        <source>The attestato of each activation is addressed to the employer (for the self-employed, to their own business), who may ask for reimbursement within two years.</source>
        <translation>L&apos;attestato di ogni attivazione è indirizzato al datore di lavoro (per i lavoratori autonomi, alla propria attività), che può chiedere il rimborso entro due anni.</translation>
    </message>
    <message numerus="yes">
        <source>%n characters of 16</source>
        <translation>
            <numerusform>%n carattere di 16</numerusform>
            <numerusform>%n caratteri di 16</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid: a woman born on %1</source>
        <translation>Valido: donna nata il %1</translation>
    </message>
    <message>
        <source>Valid: a man born on %1</source>
        <translation>Valido: uomo nato il %1</translation>
    </message>
    <message>
        <source>(it does not match the surname and name)</source>
        <translation>(non corrisponde a cognome e nome)</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Intendevi %1?</translation>
    </message>
    <message>
        <source>The codice fiscale does not match the surname and name as written. Save anyway?</source>
        <translation>Il codice fiscale non corrisponde a cognome e nome come scritti. Salvare comunque?</translation>
    </message>
</context>
<context>
    <name>volunteers::VolunteerErrors</name>
    <message>
        <source>The codice fiscale is missing.</source>
        <translation>Manca il codice fiscale.</translation>
    </message>
    <message>
        <source>The codice fiscale «%1» has %2 characters instead of 16.</source>
        <translation>Il codice fiscale «%1» ha %2 caratteri invece di 16.</translation>
    </message>
    <message>
        <source>The codice fiscale «%1» is not well formed: character %2 is wrong.</source>
        <translation>Il codice fiscale «%1» non è scritto correttamente: il carattere %2 è errato.</translation>
    </message>
    <message>
        <source>The codice fiscale «%1» has no valid month letter (character 9).</source>
        <translation>Il codice fiscale «%1» non ha una lettera del mese valida (carattere 9).</translation>
    </message>
    <message>
        <source>The codice fiscale «%1» has an impossible birth date.</source>
        <translation>Il codice fiscale «%1» ha una data di nascita impossibile.</translation>
    </message>
    <message>
        <source>The codice fiscale «%1» is not valid: its last character should be %2. Check for a typing error.</source>
        <translation>Il codice fiscale «%1» non è valido: l&apos;ultimo carattere dovrebbe essere %2. Controllare se c&apos;è un errore di battitura.</translation>
    </message>
    <message>
        <source>The codice fiscale %1 already belongs to %2.</source>
        <translation>Il codice fiscale %1 appartiene già a %2.</translation>
    </message>
    <message>
        <source>The codice fiscale %1 does not match the surname and name «%2»: check them.</source>
        <translation>Il codice fiscale %1 non corrisponde a cognome e nome «%2»: verificarli.</translation>
    </message>
    <message>
        <source>Surname and name are both needed.</source>
        <translation>Servono sia il cognome sia il nome.</translation>
    </message>
    <message>
        <source>The organisation does not exist (any more).</source>
        <translation>L&apos;organizzazione non esiste (più).</translation>
    </message>
    <message>
        <source>The employer does not exist (any more).</source>
        <translation>Il datore di lavoro non esiste (più).</translation>
    </message>
    <message>
        <source>The volunteer does not exist (any more).</source>
        <translation>Il volontario non esiste (più).</translation>
    </message>
    <message>
        <source>The organisation needs a name.</source>
        <translation>L&apos;organizzazione deve avere un nome.</translation>
    </message>
    <message>
        <source>An organisation called «%1» already exists.</source>
        <translation>Esiste già un&apos;organizzazione chiamata «%1».</translation>
    </message>
    <message>
        <source>Registry number %1 already belongs to «%2».</source>
        <translation>Il numero di iscrizione %1 appartiene già a «%2».</translation>
    </message>
    <message>
        <source>The renewal cannot be marked as done: checklist items %1 are still open.</source>
        <translation>Il rinnovo non può essere segnato come fatto: le voci %1 della lista di controllo sono ancora aperte.</translation>
    </message>
    <message>
        <source>The employer needs a name.</source>
        <translation>Il datore di lavoro deve avere un nome.</translation>
    </message>
    <message>
        <source>«%1» is neither a valid partita IVA (11 digits) nor a valid codice fiscale.</source>
        <translation>«%1» non è né una partita IVA valida (11 cifre) né un codice fiscale valido.</translation>
    </message>
    <message>
        <source>The tax code %1 already belongs to the employer «%2».</source>
        <translation>Il codice %1 appartiene già al datore di lavoro «%2».</translation>
    </message>
    <message>
        <source>Write the name of the course or qualification.</source>
        <translation>Scrivere il nome del corso o della qualifica.</translation>
    </message>
    <message>
        <source>The expiry date comes before the date obtained.</source>
        <translation>La data di scadenza viene prima della data di conseguimento.</translation>
    </message>
    <message>
        <source>The event needs a name.</source>
        <translation>L&apos;evento deve avere un nome.</translation>
    </message>
    <message>
        <source>Write the act that authorised the activation (e.g. the decree or the request).</source>
        <translation>Scrivere l&apos;atto che ha autorizzato l&apos;attivazione (es. il decreto o la richiesta).</translation>
    </message>
    <message>
        <source>The event ends before it starts.</source>
        <translation>L&apos;evento finisce prima di iniziare.</translation>
    </message>
    <message>
        <source>An event called «%1» already exists.</source>
        <translation>Esiste già un evento chiamato «%1».</translation>
    </message>
    <message>
        <source>With these dates %1 recorded days (the first on %2) would fall outside the event: reverse them first.</source>
        <translation>Con queste date %1 giornate registrate (la prima il %2) cadrebbero fuori dall&apos;evento: stornarle prima.</translation>
    </message>
    <message>
        <source>The service needs a name.</source>
        <translation>Il servizio deve avere un nome.</translation>
    </message>
    <message>
        <source>A service called «%1» already exists.</source>
        <translation>Esiste già un servizio chiamato «%1».</translation>
    </message>
    <message>
        <source>«%1» is one of the services of the published figures: it cannot be renamed.</source>
        <translation>«%1» è uno dei servizi dei dati pubblicati: non può essere rinominato.</translation>
    </message>
    <message>
        <source>Choose at least one volunteer.</source>
        <translation>Scegliere almeno un volontario.</translation>
    </message>
    <message>
        <source>The period %1 – %2 is not valid: the last day comes before the first.</source>
        <translation>Il periodo %1 – %2 non è valido: l&apos;ultimo giorno viene prima del primo.</translation>
    </message>
    <message>
        <source>A period can be at most %1 days long.</source>
        <translation>Un periodo può durare al massimo %1 giorni.</translation>
    </message>
    <message>
        <source>The event does not exist (any more).</source>
        <translation>L&apos;evento non esiste (più).</translation>
    </message>
    <message>
        <source>%1 is outside the event «%2», which starts on %3.</source>
        <translation>Il %1 è fuori dall&apos;evento «%2», che inizia il %3.</translation>
    </message>
    <message>
        <source>%1 is outside the event «%2», which runs from %3 to %4.</source>
        <translation>Il %1 è fuori dall&apos;evento «%2», che va dal %3 al %4.</translation>
    </message>
    <message>
        <source>The service does not exist (any more).</source>
        <translation>Il servizio non esiste (più).</translation>
    </message>
    <message>
        <source>The service «%1» is no longer in use.</source>
        <translation>Il servizio «%1» non è più in uso.</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more days in conflict)</source>
        <translation>
            <numerusform> (e %n altra giornata in conflitto)</numerusform>
            <numerusform> (e altre %n giornate in conflitto)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is already recorded on %2 (%3): a volunteer counts once a day.</source>
        <translation>%1 è già registrato il %2 (%3): un volontario conta una volta al giorno.</translation>
    </message>
    <message>
        <source>%1 is already on «%3» on %2 and cannot also be on «%4» the same day.</source>
        <translation>%1 è già su «%3» il %2 e non può essere anche su «%4» lo stesso giorno.</translation>
    </message>
    <message>
        <source>The activation day does not exist.</source>
        <translation>La giornata di attivazione non esiste.</translation>
    </message>
    <message>
        <source>A reversal cannot itself be reversed: record the day again instead.</source>
        <translation>Uno storno non si può stornare: registrare di nuovo la giornata.</translation>
    </message>
    <message>
        <source>This day has already been reversed.</source>
        <translation>Questa giornata è già stata stornata.</translation>
    </message>
    <message>
        <source>Write why the day is being reversed.</source>
        <translation>Scrivere il motivo dello storno.</translation>
    </message>
    <message>
        <source>This day is certified by attestato %1, already issued.</source>
        <translation>Questa giornata è certificata dall&apos;attestato %1, già emesso.</translation>
    </message>
    <message>
        <source>%1 has no employer on record: add it to the volunteer before issuing the attestato.</source>
        <translation>%1 non ha un datore di lavoro registrato: aggiungerlo al volontario prima di emettere l&apos;attestato.</translation>
    </message>
    <message>
        <source>%1 does not work (retired, student...): no attestato for an employer is needed.</source>
        <translation>%1 non lavora (pensionato, studente...): non serve un attestato per il datore di lavoro.</translation>
    </message>
    <message>
        <source>%1 has no days left to certify between %2 and %3.</source>
        <translation>%1 non ha giornate da certificare tra il %2 e il %3.</translation>
    </message>
    <message>
        <source>%1 is over the art. 39 limits on %2: look at those days before issuing.</source>
        <translation>%1 è oltre i limiti dell&apos;art. 39 il %2: verificare quelle giornate prima di emettere.</translation>
    </message>
    <message>
        <source>The attestato is not in the register.</source>
        <translation>L&apos;attestato non è nel registro.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created or written.</source>
        <translation>La cartella %1 non può essere creata o scritta.</translation>
    </message>
    <message>
        <source>the column «%1» is missing.</source>
        <translation>manca la colonna «%1».</translation>
    </message>
    <message>
        <source>there is no organisation «%1» (write its name or its registry number).</source>
        <translation>non esiste l&apos;organizzazione «%1» (scriverne il nome o il numero di iscrizione).</translation>
    </message>
    <message>
        <source>«%1» is not a working condition: write dipendente, autonomo or non occupato.</source>
        <translation>«%1» non è una condizione lavorativa: scrivere dipendente, autonomo o non occupato.</translation>
    </message>
    <message>
        <source>the employer «%1» needs its partita IVA or codice fiscale.</source>
        <translation>per il datore di lavoro «%1» serve la partita IVA o il codice fiscale.</translation>
    </message>
    <message>
        <source>the codice fiscale %1 was already on line %2 of the file.</source>
        <translation>il codice fiscale %1 era già alla riga %2 del file.</translation>
    </message>
    <message>
        <source>no volunteer has the codice fiscale %1: import the volunteer first.</source>
        <translation>nessun volontario ha il codice fiscale %1: importare prima il volontario.</translation>
    </message>
    <message>
        <source>there is no event «%1».</source>
        <translation>non esiste l&apos;evento «%1».</translation>
    </message>
    <message>
        <source>there is no service «%1».</source>
        <translation>non esiste il servizio «%1».</translation>
    </message>
    <message>
        <source>«%1» read as %2.</source>
        <translation>«%1» letto come %2.</translation>
    </message>
    <message>
        <source>Unknown import «%1»: volunteers or activations.</source>
        <translation>Importazione «%1» sconosciuta: volunteers o activations.</translation>
    </message>
    <message>
        <source>The demo data does not reproduce the published figures (%1).</source>
        <translation>I dati dimostrativi non riproducono i dati pubblicati (%1).</translation>
    </message>
</context>
<context>
    <name>volunteers::VolunteerPicker</name>
    <message>
        <source>Type surname, name or codice fiscale</source>
        <translation>Scrivere cognome, nome o codice fiscale</translation>
    </message>
</context>
<context>
    <name>volunteers::VolunteerReports</name>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Ordinary activity</source>
        <translation>Attività ordinaria</translation>
    </message>
    <message>
        <source>Declared national emergency</source>
        <translation>Emergenza nazionale dichiarata</translation>
    </message>
    <message>
        <source>COVID-19 emergency</source>
        <translation>Emergenza COVID-19</translation>
    </message>
    <message>
        <source>Training, exercise, planning</source>
        <translation>Formazione, esercitazione, pianificazione</translation>
    </message>
    <message>
        <source>day %1 in a row (limit %2, %3)</source>
        <translation>%1° giorno consecutivo (limite %2, %3)</translation>
    </message>
    <message>
        <source>day %1 of the year (limit %2, %3)</source>
        <translation>%1° giorno dell&apos;anno (limite %2, %3)</translation>
    </message>
    <message>
        <source>Volunteer person-days</source>
        <translation>Giornate/persona dei volontari</translation>
    </message>
    <message>
        <source>Volunteers over the art. 39 limits</source>
        <translation>Volontari oltre i limiti dell&apos;art. 39</translation>
    </message>
    <message>
        <source>Attestati issued</source>
        <translation>Attestati emessi</translation>
    </message>
    <message>
        <source>Attestati to issue</source>
        <translation>Attestati da emettere</translation>
    </message>
    <message>
        <source>Volunteer organisations and renewal of operational status</source>
        <translation>Organizzazioni di volontariato e rinnovo dell&apos;operatività</translation>
    </message>
    <message>
        <source>Volunteer person-days by %1</source>
        <translation>Giornate/persona dei volontari per %1</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Grouped by</source>
        <translation>Raggruppate per</translation>
    </message>
    <message>
        <source>A person-day (giornata/persona) is one volunteer active on one day: a volunteer counts once a day, whatever the services. Counted from the activation records: %1 person-days by %2 volunteers.</source>
        <translation>Una giornata/persona è un volontario attivo in un giorno: un volontario conta una volta al giorno, qualunque siano i servizi. Conteggio dal registro delle attivazioni: %1 giornate/persona di %2 volontari.</translation>
    </message>
    <message>
        <source>Person-days</source>
        <translation>Giornate/persona</translation>
    </message>
    <message>
        <source>(place not recorded)</source>
        <translation>(luogo non registrato)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Limits of art. 39 D.Lgs 1/2018 per volunteer: ordinary activity 30 consecutive days and 90 a year; declared national emergency 60 and 180; COVID-19 emergency 180 consecutive days (DL 34/2020 art. 35-bis) and 180 a year; training, exercises and planning 10 and 30. These days must be looked at before any attestato is issued.</source>
        <translation>Limiti dell&apos;art. 39 D.Lgs 1/2018 per volontario: attività ordinaria 30 giorni consecutivi e 90 all&apos;anno; emergenza nazionale dichiarata 60 e 180; emergenza COVID-19 180 giorni consecutivi (DL 34/2020 art. 35-bis) e 180 all&apos;anno; formazione, esercitazioni e pianificazione 10 e 30. Queste giornate vanno verificate prima di emettere qualsiasi attestato.</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Volontario</translation>
    </message>
    <message>
        <source>Codice fiscale</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>Days over a limit</source>
        <translation>Giornate oltre un limite</translation>
    </message>
    <message>
        <source>Not yet certified</source>
        <translation>Non ancora certificate</translation>
    </message>
    <message>
        <source>First day over</source>
        <translation>Prima giornata oltre</translation>
    </message>
    <message>
        <source>Limit exceeded</source>
        <translation>Limite superato</translation>
    </message>
    <message>
        <source>from %1: %2</source>
        <translation>dal %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n volunteers</source>
        <translation>
            <numerusform>Totale: %n volontario</numerusform>
            <numerusform>Totale: %n volontari</numerusform>
        </translation>
    </message>
    <message>
        <source>Issued in the period</source>
        <translation>Emessi nel periodo</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Emesso il</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Datore di lavoro</translation>
    </message>
    <message>
        <source>Employer tax code</source>
        <translation>C.F./P.IVA del datore</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Giornate</translation>
    </message>
    <message>
        <source>Over limit</source>
        <translation>Oltre i limiti</translation>
    </message>
    <message>
        <source>Reimbursement by</source>
        <translation>Rimborso entro</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n attestati</source>
        <translation>
            <numerusform>Totale: %n attestato</numerusform>
            <numerusform>Totale: %n attestati</numerusform>
        </translation>
    </message>
    <message>
        <source>Activation days in the period</source>
        <translation>Giornate di attivazione nel periodo</translation>
    </message>
    <message>
        <source>One attestato per volunteer, event, organisation and month, for the days not yet certified of volunteers who work (employees and self-employed).</source>
        <translation>Un attestato per volontario, evento, organizzazione e mese, per le giornate non ancora certificate dei volontari che lavorano (dipendenti e autonomi).</translation>
    </message>
    <message>
        <source>Attestati</source>
        <translation>Attestati</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Volontari</translation>
    </message>
    <message>
        <source>Without employer</source>
        <translation>Senza datore di lavoro</translation>
    </message>
    <message>
        <source>Volunteer organisations: renewal %1</source>
        <translation>Organizzazioni di volontariato: rinnovo %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Registry no.</source>
        <translation>N. iscrizione</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Legale rappresentante</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista di controllo</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Rinnovo</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>non avviato</translation>
    </message>
    <message>
        <source>renewed</source>
        <translation>rinnovata</translation>
    </message>
    <message>
        <source>not renewed</source>
        <translation>non rinnovata</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in corso</translation>
    </message>
    <message>
        <source>Municipal group</source>
        <translation>Gruppo comunale</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Associazione</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n organisations</source>
        <translation>
            <numerusform>Totale: %n organizzazione</numerusform>
            <numerusform>Totale: %n organizzazioni</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 renewed</source>
        <translation>%1 rinnovate</translation>
    </message>
</context>
<context>
    <name>volunteers::VolunteersModule</name>
    <message>
        <source>Person-days this month</source>
        <translation>Giornate/persona di questo mese</translation>
    </message>
    <message>
        <source>%1 last month · %2 active volunteers</source>
        <translation>%1 il mese scorso · %2 volontari attivi</translation>
    </message>
    <message>
        <source>Volunteers over an art. 39 limit</source>
        <translation>Volontari oltre un limite dell&apos;art. 39</translation>
    </message>
    <message>
        <source>look at their days before issuing attestati</source>
        <translation>verificarne le giornate prima di emettere gli attestati</translation>
    </message>
    <message>
        <source>nobody over the limits</source>
        <translation>nessuno oltre i limiti</translation>
    </message>
    <message>
        <source>Attestati to issue</source>
        <translation>Attestati da emettere</translation>
    </message>
    <message numerus="yes">
        <source>%n volunteers without employer on record</source>
        <translation>
            <numerusform>%n volontario senza datore di lavoro registrato</numerusform>
            <numerusform>%n volontari senza datore di lavoro registrato</numerusform>
        </translation>
    </message>
    <message>
        <source>batch production in the Volunteers tab</source>
        <translation>produzione in blocco nella scheda Volontari</translation>
    </message>
    <message>
        <source>Organisations renewed in %1</source>
        <translation>Organizzazioni rinnovate nel %1</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Volontari</translation>
    </message>
</context>
<context>
    <name>volunteers::VolunteersPage</name>
    <message>
        <source>Search by surname, name or codice fiscale</source>
        <translation>Cerca per cognome, nome o codice fiscale</translation>
    </message>
    <message>
        <source>Search volunteers</source>
        <translation>Cerca volontari</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Tutte le organizzazioni</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>Solo attivi</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Codice fiscale</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>Residenza</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Datore di lavoro</translation>
    </message>
    <message>
        <source>No employer on record: attestati cannot be issued</source>
        <translation>Nessun datore di lavoro registrato: non si possono emettere attestati</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Volontari</translation>
    </message>
    <message>
        <source>&amp;New volunteer...</source>
        <translation>&amp;Nuovo volontario...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Modifica...</translation>
    </message>
    <message>
        <source>&amp;Record days...</source>
        <translation>&amp;Registra giornate...</translation>
    </message>
    <message>
        <source>Enter this volunteer&apos;s days of activation, one day or a period</source>
        <translation>Inserisce le giornate di attivazione di questo volontario, un giorno o un periodo</translation>
    </message>
    <message>
        <source>&amp;Issue attestato...</source>
        <translation>&amp;Emetti attestato...</translation>
    </message>
    <message>
        <source>&amp;Import CSV...</source>
        <translation>&amp;Importa CSV...</translation>
    </message>
    <message numerus="yes">
        <source>%n volunteers</source>
        <translation>
            <numerusform>%n volontario</numerusform>
            <numerusform>%n volontari</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>volunteers::VolunteersTab</name>
    <message>
        <source>&amp;Volunteers</source>
        <translation>&amp;Volontari</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>&amp;Organizzazioni</translation>
    </message>
    <message>
        <source>&amp;Activations</source>
        <translation>&amp;Attivazioni</translation>
    </message>
    <message>
        <source>Art. 39 &amp;limits</source>
        <translation>&amp;Limiti art. 39</translation>
    </message>
    <message>
        <source>A&amp;ttestati</source>
        <translation>A&amp;ttestati</translation>
    </message>
    <message>
        <source>&amp;Person-days</source>
        <translation>&amp;Giornate/persona</translation>
    </message>
</context>
</TS>
