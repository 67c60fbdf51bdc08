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
    <message>
        <source>The demo database has one account per role, all with the password «demo1234»: admin, coordinatrice, psicologa, psicologo, operatore.</source>
        <translation>Il database dimostrativo ha un account per ruolo, tutti con la password «demo1234»: admin, coordinatrice, psicologa, psicologo, operatore.</translation>
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
        <source>prints the SQL schema of a new database (sqlite/schema.sql)</source>
        <translation>stampa lo schema SQL di un nuovo database (sqlite/schema.sql)</translation>
    </message>
    <message>
        <source>--role wants operator, coordinator, psychologist or administrator.</source>
        <translation>--role vuole operator, coordinator, psychologist o administrator.</translation>
    </message>
    <message>
        <source>--name wants the person&apos;s name and surname.</source>
        <translation>--name vuole nome e cognome della persona.</translation>
    </message>
    <message>
        <source>Temporary password for %1: </source>
        <translation>Password provvisoria per %1: </translation>
    </message>
    <message>
        <source>Account %1 created (%2): a new password is asked at the first sign-in.</source>
        <translation>Account %1 creato (%2): al primo accesso verrà chiesta una nuova password.</translation>
    </message>
    <message>
        <source>lists the operator accounts and who holds the key to callers&apos; data (CSV)</source>
        <translation>elenca gli account degli operatori e chi ha la chiave dei dati dei chiamanti (CSV)</translation>
    </message>
    <message>
        <source>creates an account; its temporary password comes from CISIAMO_NEW_PASSWORD or the terminal</source>
        <translation>crea un account; la password provvisoria viene da CISIAMO_NEW_PASSWORD o dal terminale</translation>
    </message>
    <message>
        <source>Name and surname.</source>
        <translation>Nome e cognome.</translation>
    </message>
    <message>
        <source>operator, coordinator, psychologist or administrator.</source>
        <translation>operator, coordinator, psychologist o administrator.</translation>
    </message>
    <message>
        <source>Sign in as this user (password from CISIAMO_PASSWORD or asked at the terminal).</source>
        <translation>Accedi come questo utente (password da CISIAMO_PASSWORD o chiesta al terminale).</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>UTENTE</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password per %1: </translation>
    </message>
    <message>
        <source>Sign in with --user NAME; the password is read from %1 or asked at the terminal.</source>
        <translation>Accedi con --user NOME; la password viene letta da %1 o chiesta al terminale.</translation>
    </message>
    <message>
        <source>Commands that read protected data need --user; the password is never an argument: it is read from the environment variable CISIAMO_PASSWORD or typed at the terminal.</source>
        <translation>I comandi che leggono dati protetti vogliono --user; la password non è mai un argomento: viene letta dalla variabile d&apos;ambiente CISIAMO_PASSWORD o digitata al terminale.</translation>
    </message>
    <message>
        <source>--option wants KEY=VALUE.</source>
        <translation>--option vuole CHIAVE=VALORE.</translation>
    </message>
    <message>
        <source>A report-specific filter, e.g. operator=mario.rossi (repeatable).</source>
        <translation>Un filtro proprio del report, ad es. operator=mario.rossi (ripetibile).</translation>
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
    <message>
        <source>Open %1</source>
        <translation>Apri %1</translation>
    </message>
    <message>
        <source>&amp;Lock the workstation</source>
        <translation>&amp;Blocca la postazione</translation>
    </message>
    <message>
        <source>Change pass&amp;word...</source>
        <translation>Cambia pass&amp;word...</translation>
    </message>
    <message>
        <source>Operators and &amp;roles...</source>
        <translation>Operatori e &amp;ruoli...</translation>
    </message>
    <message>
        <source>&amp;Audit log...</source>
        <translation>Registro delle &amp;attività...</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Non consentito</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Cambia password</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>La tua password è stata cambiata.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ci siAMO! %1&lt;/h3&gt;&lt;p&gt;The operations room of the CCV-MI, the coordination of the civil-protection volunteer organisations of the Città metropolitana di Milano, at the Idroscalo.&lt;/p&gt;&lt;p&gt;Stock, deliveries, volunteers, study support, the listening line: it works offline and keeps every change.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ci siAMO! %1&lt;/h3&gt;&lt;p&gt;La sala operativa del CCV-MI, il coordinamento delle organizzazioni di volontariato di protezione civile della Città metropolitana di Milano, all&apos;Idroscalo.&lt;/p&gt;&lt;p&gt;Magazzino, consegne, volontari, supporto allo studio, linea di ascolto: funziona senza rete e conserva ogni modifica.&lt;/p&gt;</translation>
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
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Lock after inactivity:</source>
        <translation>&amp;Blocca dopo un&apos;inattività di:</translation>
    </message>
    <message>
        <source>A workstation left alone locks itself and hides what is on screen: callers&apos; data must not stay in view of whoever passes by.</source>
        <translation>Una postazione lasciata sola si blocca e nasconde ciò che è sullo schermo: i dati dei chiamanti non devono restare sotto gli occhi di chi passa.</translation>
    </message>
</context>
<context>
    <name>WorkstationCover</name>
    <message>
        <source>Workstation locked</source>
        <translation>Postazione bloccata</translation>
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
    <name>core::AccountEditDialog</name>
    <message>
        <source>Can read callers&apos; names, phone numbers and notes (AscoltiAMO).</source>
        <translation>Può leggere nomi, numeri di telefono e note dei chiamanti (AscoltiAMO).</translation>
    </message>
    <message>
        <source>Manages accounts, settings and the audit log; cannot read callers&apos; data.</source>
        <translation>Gestisce account, impostazioni e registro delle attività; non può leggere i dati dei chiamanti.</translation>
    </message>
    <message>
        <source>Cannot read callers&apos; data: records requests, sees the queue without names.</source>
        <translation>Non può leggere i dati dei chiamanti: registra le richieste, vede la coda senza nomi.</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nuovo account</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Account %1</translation>
    </message>
    <message>
        <source>e.g. mario.rossi</source>
        <translation>ad es. mario.rossi</translation>
    </message>
    <message>
        <source>Name and surname</source>
        <translation>Nome e cognome</translation>
    </message>
    <message>
        <source>Account &amp;active (can sign in)</source>
        <translation>Account &amp;attivo (può accedere)</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nome &amp;utente:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Ruolo:</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>Password &amp;provvisoria:</translation>
    </message>
    <message>
        <source>Re&amp;peat it:</source>
        <translation>Ri&amp;petila:</translation>
    </message>
    <message>
        <source>Tell it to the person: they choose their own at the first sign-in.</source>
        <translation>Comunicala alla persona: sceglierà la propria al primo accesso.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Le due password sono diverse.</translation>
    </message>
</context>
<context>
    <name>core::AccountsDialog</name>
    <message>
        <source>Operators and roles</source>
        <translation>Operatori e ruoli</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Callers&apos; data</source>
        <translation>Dati dei chiamanti</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>&amp;New account...</source>
        <translation>&amp;Nuovo account...</translation>
    </message>
    <message>
        <source>&amp;Change...</source>
        <translation>&amp;Modifica...</translation>
    </message>
    <message>
        <source>&amp;Reset password...</source>
        <translation>&amp;Reimposta password...</translation>
    </message>
    <message>
        <source>&amp;Clear sign-in delay</source>
        <translation>&amp;Azzera l&apos;attesa di accesso</translation>
    </message>
    <message>
        <source>After wrong passwords the next try must wait: let this user try again now.</source>
        <translation>Dopo password errate il tentativo successivo deve attendere: lascia che questo utente riprovi subito.</translation>
    </message>
    <message>
        <source>What each role may do</source>
        <translation>Che cosa può fare ogni ruolo</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permessi</translation>
    </message>
    <message>
        <source>The same table is enforced by the program and printed by «cisiamo report permissions». Callers&apos; data can be read only by the roles marked for it, and only with the key their own password unlocks.</source>
        <translation>Il programma applica proprio questa tabella, stampata anche da «cisiamo report permissions». I dati dei chiamanti possono essere letti solo dai ruoli indicati, e solo con la chiave che sblocca la loro password.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>attivo</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>disattivato</translation>
    </message>
    <message>
        <source>new password due</source>
        <translation>deve cambiare password</translation>
    </message>
    <message>
        <source>has the key</source>
        <translation>ha la chiave</translation>
    </message>
    <message>
        <source>waiting: gets the key when a colleague with it signs in</source>
        <translation>in attesa: riceve la chiave al prossimo accesso di un collega che la ha</translation>
    </message>
    <message>
        <source>Only %1 holds the key to callers&apos; data: if that password is lost, the data cannot be read any more. Create a second psychologist or coordinator account.</source>
        <translation>Solo %1 ha la chiave dei dati dei chiamanti: se quella password va persa, i dati non si potranno più leggere. Crea un secondo account di psicologo o coordinatore.</translation>
    </message>
    <message>
        <source>Nobody holds the key to callers&apos; data yet.</source>
        <translation>Nessuno ha ancora la chiave dei dati dei chiamanti.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reimposta password</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>Password &amp;provvisoria:</translation>
    </message>
    <message>
        <source>Re&amp;peat it:</source>
        <translation>Ri&amp;petila:</translation>
    </message>
    <message>
        <source>For a forgotten password. %1 chooses a new one at the next sign-in; the key to callers&apos; data is given again by the next colleague who holds it and signs in.</source>
        <translation>Per una password dimenticata. %1 ne sceglierà una nuova al prossimo accesso; la chiave dei dati dei chiamanti gli verrà ridata dal prossimo collega che la possiede e accede.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Le due password sono diverse.</translation>
    </message>
    <message>
        <source>Reset anyway and lose the callers&apos; data recorded so far?</source>
        <translation>Reimpostare comunque e perdere i dati dei chiamanti registrati finora?</translation>
    </message>
    <message>
        <source>%1 can try to sign in again now.</source>
        <translation>%1 può riprovare ad accedere subito.</translation>
    </message>
</context>
<context>
    <name>core::AuditDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Registro delle attività</translation>
    </message>
    <message>
        <source>All operators</source>
        <translation>Tutti gli operatori</translation>
    </message>
    <message>
        <source>All tables</source>
        <translation>Tutte le tabelle</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Tutti gli eventi</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>Operatore:</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>Tabella:</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Evento:</translation>
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
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Postazione</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabella</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operazione</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Permesso</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Dettaglio</translation>
    </message>
    <message>
        <source>Changes to the data</source>
        <translation>Modifiche ai dati</translation>
    </message>
    <message>
        <source>Sign-ins and refusals</source>
        <translation>Accessi e rifiuti</translation>
    </message>
    <message>
        <source>Print &amp;preview...</source>
        <translation>&amp;Anteprima di stampa...</translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation>Salva in P&amp;DF...</translation>
    </message>
    <message>
        <source>Save as &amp;CSV...</source>
        <translation>Salva in &amp;CSV...</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n modifica</numerusform>
            <numerusform>%n modifiche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core::AuditKindText</name>
    <message>
        <source>Signed in</source>
        <translation>Accesso</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Accesso rifiutato</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Uscita</translation>
    </message>
    <message>
        <source>Workstation locked</source>
        <translation>Postazione bloccata</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Azione negata</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Account creato</translation>
    </message>
    <message>
        <source>Account changed</source>
        <translation>Account modificato</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Password cambiata</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Password reimpostata</translation>
    </message>
    <message>
        <source>Sign-in delay cleared</source>
        <translation>Attesa di accesso azzerata</translation>
    </message>
    <message>
        <source>Data key created</source>
        <translation>Chiave dei dati creata</translation>
    </message>
    <message>
        <source>Data key given</source>
        <translation>Chiave dei dati consegnata</translation>
    </message>
    <message>
        <source>Data key withdrawn</source>
        <translation>Chiave dei dati ritirata</translation>
    </message>
</context>
<context>
    <name>core::AuditReports</name>
    <message>
        <source>Audit log: changes</source>
        <translation>Registro delle attività: modifiche</translation>
    </message>
    <message>
        <source>Audit log: sign-ins and refusals</source>
        <translation>Registro delle attività: accessi e rifiuti</translation>
    </message>
    <message>
        <source>What each role may do</source>
        <translation>Che cosa può fare ogni ruolo</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Roles and permissions</source>
        <translation>Ruoli e permessi</translation>
    </message>
    <message>
        <source>The table the program enforces: an action not marked for a role is refused, and the refusal is written to the audit log. Callers&apos; data is also encrypted: only the roles allowed to read it hold the key.</source>
        <translation>La tabella che il programma applica: un&apos;azione non segnata per un ruolo viene rifiutata, e il rifiuto è scritto nel registro delle attività. I dati dei chiamanti sono inoltre cifrati: solo i ruoli autorizzati a leggerli ne hanno la chiave.</translation>
    </message>
    <message>
        <source>insert</source>
        <translation>inserimento</translation>
    </message>
    <message>
        <source>update</source>
        <translation>modifica</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>cancellazione</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Postazione</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabella</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operazione</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n change(s)</source>
        <translation>
            <numerusform>Totale: %n modifica</numerusform>
            <numerusform>Totale: %n modifiche</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log: who changed what</source>
        <translation>Registro delle attività: chi ha modificato che cosa</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Every insert, update and delete is recorded by the database itself, in the same transaction as the change, with the operator signed in and the workstation.</source>
        <translation>Ogni inserimento, modifica e cancellazione è registrato dal database stesso, nella stessa transazione della modifica, con l&apos;operatore che ha eseguito l&apos;accesso e la postazione.</translation>
    </message>
    <message>
        <source>Only the first %1 changes of %2 are listed: choose a shorter period or an operator.</source>
        <translation>Sono elencate solo le prime %1 modifiche su %2: scegli un periodo più breve o un operatore.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Permesso</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Dettaglio</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n event(s)</source>
        <translation>
            <numerusform>Totale: %n evento</numerusform>
            <numerusform>Totale: %n eventi</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log: sign-ins, refusals and data keys</source>
        <translation>Registro delle attività: accessi, rifiuti e chiavi dei dati</translation>
    </message>
    <message>
        <source>Refused sign-ins</source>
        <translation>Accessi rifiutati</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Azione negata</translation>
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
    <message>
        <source>Not allowed: «%1» needs the role %2, and %3 is signed in with another role. The refusal has been recorded.</source>
        <translation>Non consentito: «%1» richiede il ruolo %2, e %3 ha eseguito l&apos;accesso con un altro ruolo. Il rifiuto è stato registrato.</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>Nessuno ha eseguito l&apos;accesso.</translation>
    </message>
    <message>
        <source>«%1» needs someone signed in with the role %2.</source>
        <translation>«%1» richiede l&apos;accesso di qualcuno con il ruolo %2.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong user name or password. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Nome utente o password errati. Puoi riprovare tra %n secondo.</numerusform>
            <numerusform>Nome utente o password errati. Puoi riprovare tra %n secondi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Troppe password errate: attendi %n secondo prima di riprovare.</numerusform>
            <numerusform>Troppe password errate: attendi %n secondi prima di riprovare.</numerusform>
        </translation>
    </message>
    <message>
        <source>The account «%1» is deactivated: ask the administrator.</source>
        <translation>L&apos;account «%1» è disattivato: rivolgiti all&apos;amministratore.</translation>
    </message>
    <message>
        <source>«%1» is not a valid user name: 2 to 40 lower-case letters, digits, dots, hyphens or underscores.</source>
        <translation>«%1» non è un nome utente valido: da 2 a 40 lettere minuscole, cifre, punti, trattini o trattini bassi.</translation>
    </message>
    <message>
        <source>Write the person&apos;s name and surname (at least two letters).</source>
        <translation>Scrivi nome e cognome della persona (almeno due lettere).</translation>
    </message>
    <message>
        <source>The user name «%1» is already taken.</source>
        <translation>Il nome utente «%1» è già in uso.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>La password deve avere almeno %1 caratteri.</translation>
    </message>
    <message>
        <source>The password cannot be the user name.</source>
        <translation>La password non può essere il nome utente.</translation>
    </message>
    <message>
        <source>The new password must differ from the old one.</source>
        <translation>La nuova password deve essere diversa dalla vecchia.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>La password attuale è errata.</translation>
    </message>
    <message>
        <source>This database already has accounts: sign in.</source>
        <translation>Questo database ha già degli account: esegui l&apos;accesso.</translation>
    </message>
    <message>
        <source>There is no such account.</source>
        <translation>Questo account non esiste.</translation>
    </message>
    <message>
        <source>«%1» is the last active administrator: make someone else administrator first.</source>
        <translation>«%1» è l&apos;ultimo amministratore attivo: prima nomina amministratore qualcun altro.</translation>
    </message>
    <message>
        <source>«%1» is the only account that can open callers&apos; data: resetting the password would make that data unreadable for ever. Create another psychologist or coordinator account and let them sign in first.</source>
        <translation>«%1» è l&apos;unico account che può aprire i dati dei chiamanti: reimpostarne la password renderebbe quei dati illeggibili per sempre. Crea prima un altro account di psicologo o coordinatore e fallo accedere.</translation>
    </message>
    <message>
        <source>No password for «%1»: set the environment variable %2 or run the command in a terminal, where it asks for it.</source>
        <translation>Nessuna password per «%1»: imposta la variabile d&apos;ambiente %2 o esegui il comando in un terminale, dove viene chiesta.</translation>
    </message>
    <message>
        <source>«%1» must choose a new password first: sign in from the window.</source>
        <translation>«%1» deve prima scegliere una nuova password: accedi dalla finestra del programma.</translation>
    </message>
    <message>
        <source>The encryption library could not work: protected data cannot be read or written.</source>
        <translation>La libreria di cifratura non ha funzionato: i dati protetti non possono essere letti né scritti.</translation>
    </message>
    <message>
        <source>There is no psychologist or coordinator account yet, so nobody could read what would be recorded. The administrator must first create an account with the role %1.</source>
        <translation>Non c&apos;è ancora nessun account di psicologo o coordinatore, quindi nessuno potrebbe leggere ciò che verrebbe registrato. L&apos;amministratore deve prima creare un account con il ruolo %1.</translation>
    </message>
    <message>
        <source>This session holds no key to the protected data.</source>
        <translation>Questa sessione non ha la chiave dei dati protetti.</translation>
    </message>
    <message>
        <source>A protected field is damaged or out of place and cannot be read.</source>
        <translation>Un campo protetto è danneggiato o fuori posto e non può essere letto.</translation>
    </message>
</context>
<context>
    <name>core::FirstAdministratorDialog</name>
    <message>
        <source>First start: administrator</source>
        <translation>Primo avvio: amministratore</translation>
    </message>
    <message>
        <source>&lt;b&gt;This database has no operator accounts yet.&lt;/b&gt;&lt;br/&gt;Create the administrator&apos;s account: the administrator then creates an account for every operator, coordinator and psychologist (File &amp;gt; Operators and roles). Keep this password safe.</source>
        <translation>&lt;b&gt;Questo database non ha ancora account degli operatori.&lt;/b&gt;&lt;br/&gt;Crea l&apos;account dell&apos;amministratore: l&apos;amministratore creerà poi un account per ogni operatore, coordinatore e psicologo (File &amp;gt; Operatori e ruoli). Custodisci bene questa password.</translation>
    </message>
    <message>
        <source>Name and surname</source>
        <translation>Nome e cognome</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nome &amp;utente:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Ripetila:</translation>
    </message>
    <message>
        <source>User names: lower-case letters, digits, dots (mario.rossi). Passwords: at least %1 characters.</source>
        <translation>Nomi utente: lettere minuscole, cifre, punti (mario.rossi). Password: almeno %1 caratteri.</translation>
    </message>
    <message>
        <source>&amp;Create and sign in</source>
        <translation>&amp;Crea e accedi</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Le due password sono diverse.</translation>
    </message>
</context>
<context>
    <name>core::PasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Cambia password</translation>
    </message>
    <message>
        <source>&lt;b&gt;Choose your own password now.&lt;/b&gt;&lt;br/&gt;The one you were given was temporary.</source>
        <translation>&lt;b&gt;Scegli ora la tua password.&lt;/b&gt;&lt;br/&gt;Quella che ti è stata data era provvisoria.</translation>
    </message>
    <message>
        <source>Choose a password of at least %1 characters that only you know.</source>
        <translation>Scegli una password di almeno %1 caratteri che conosci solo tu.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Password attuale</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nuova password</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Nuova password di nuovo</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>Password &amp;provvisoria:</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Password &amp;attuale:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nuova password:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Ripetila:</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>&amp;Cambia password</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Le due nuove password sono diverse.</translation>
    </message>
</context>
<context>
    <name>core::PermissionText</name>
    <message>
        <source>Manage operator accounts and roles</source>
        <translation>Gestire gli account degli operatori e i ruoli</translation>
    </message>
    <message>
        <source>See the audit log</source>
        <translation>Vedere il registro delle attività</translation>
    </message>
    <message>
        <source>Change the workstation settings</source>
        <translation>Cambiare le impostazioni della postazione</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Fare la copia di sicurezza del database</translation>
    </message>
    <message>
        <source>Configure synchronisation</source>
        <translation>Configurare la sincronizzazione</translation>
    </message>
    <message>
        <source>See the comuni and their contacts</source>
        <translation>Vedere i comuni e i loro contatti</translation>
    </message>
    <message>
        <source>Edit town hall and COC contacts</source>
        <translation>Modificare i contatti di municipi e COC</translation>
    </message>
    <message>
        <source>See the warehouse stock</source>
        <translation>Vedere le giacenze del magazzino</translation>
    </message>
    <message>
        <source>Receive, issue and adjust stock</source>
        <translation>Caricare, scaricare e rettificare il magazzino</translation>
    </message>
    <message>
        <source>See deliveries</source>
        <translation>Vedere le consegne</translation>
    </message>
    <message>
        <source>Plan and record deliveries</source>
        <translation>Pianificare e registrare le consegne</translation>
    </message>
    <message>
        <source>See volunteers and activations</source>
        <translation>Vedere volontari e attivazioni</translation>
    </message>
    <message>
        <source>Record volunteer activations</source>
        <translation>Registrare le attivazioni dei volontari</translation>
    </message>
    <message>
        <source>Issue attestati</source>
        <translation>Emettere gli attestati</translation>
    </message>
    <message>
        <source>See study-support bookings</source>
        <translation>Vedere le prenotazioni del supporto allo studio</translation>
    </message>
    <message>
        <source>Manage study-support bookings</source>
        <translation>Gestire le prenotazioni del supporto allo studio</translation>
    </message>
    <message>
        <source>See the callback queue without callers&apos; data, and aggregate figures</source>
        <translation>Vedere la coda dei richiami senza i dati dei chiamanti, e i dati aggregati</translation>
    </message>
    <message>
        <source>Record a request left on the listening line</source>
        <translation>Registrare una richiesta lasciata alla linea di ascolto</translation>
    </message>
    <message>
        <source>Read callers&apos; names, phone numbers and notes</source>
        <translation>Leggere nomi, numeri di telefono e note dei chiamanti</translation>
    </message>
    <message>
        <source>Assign requests to psychologists</source>
        <translation>Assegnare le richieste agli psicologi</translation>
    </message>
    <message>
        <source>Log callback attempts</source>
        <translation>Registrare i tentativi di richiamata</translation>
    </message>
    <message>
        <source>Record the interview outcome and close a request</source>
        <translation>Registrare l&apos;esito del colloquio e chiudere una richiesta</translation>
    </message>
    <message>
        <source>Record an escalation to 118</source>
        <translation>Registrare una chiamata al 118</translation>
    </message>
    <message>
        <source>Close a request whose caller cannot be reached</source>
        <translation>Chiudere una richiesta il cui chiamante è irraggiungibile</translation>
    </message>
    <message>
        <source>Manage volunteer support groups</source>
        <translation>Gestire i gruppi di supporto ai volontari</translation>
    </message>
    <message>
        <source>Manage the psychologists and their COC placements</source>
        <translation>Gestire gli psicologi e la loro presenza nei COC</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Comuni</source>
        <translation>Comuni</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Magazzino</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Consegne</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Volontari</translation>
    </message>
    <message>
        <source>ConosciAMO</source>
        <translation>ConosciAMO</translation>
    </message>
    <message>
        <source>AscoltiAMO</source>
        <translation>AscoltiAMO</translation>
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
    <name>core::RoleText</name>
    <message>
        <source>operator</source>
        <translation>operatore</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>coordinatore</translation>
    </message>
    <message>
        <source>psychologist</source>
        <translation>psicologo</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>amministratore</translation>
    </message>
    <message>
        <source>(no role)</source>
        <translation>(nessun ruolo)</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
</context>
<context>
    <name>core::SignInDialog</name>
    <message>
        <source>Workstation locked</source>
        <translation>Postazione bloccata</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Accesso</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ci siAMO! · CCV-MI operations room&lt;/b&gt;&lt;br/&gt;Sign in with your user name and password. Everything you do is recorded under your name.</source>
        <translation>&lt;b&gt;Ci siAMO! · Sala operativa CCV-MI&lt;/b&gt;&lt;br/&gt;Accedi con nome utente e password. Tutto ciò che fai viene registrato a tuo nome.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shift change&lt;/b&gt;&lt;br/&gt;The new operator signs in; the program stays open.</source>
        <translation>&lt;b&gt;Cambio turno&lt;/b&gt;&lt;br/&gt;Il nuovo operatore accede; il programma resta aperto.</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nome utente</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utente:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Accedi</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Quit the program</source>
        <translation>&amp;Chiudi il programma</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Scrivi il tuo nome utente.</translation>
    </message>
    <message>
        <source>Choose a new password to go on.</source>
        <translation>Scegli una nuova password per continuare.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The workstation is locked.&lt;/b&gt;&lt;br/&gt;Sign in again to go on, or sign in as another operator.</source>
        <translation>&lt;b&gt;La postazione è bloccata.&lt;/b&gt;&lt;br/&gt;Accedi di nuovo per continuare, oppure accedi come un altro operatore.</translation>
    </message>
</context>
<context>
    <name>listening::ArchivePage</name>
    <message>
        <source>Every outcome</source>
        <translation>Tutti gli esiti</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ricevuta</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiusa</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation>Psicologo</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Bisogni</translation>
    </message>
    <message>
        <source>Closed requests</source>
        <translation>Richieste chiuse</translation>
    </message>
    <message>
        <source>Received from:</source>
        <translation>Ricevute dal:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>al:</translation>
    </message>
    <message numerus="yes">
        <source>%n closed request(s)</source>
        <translation>
            <numerusform>%n richiesta chiusa</numerusform>
            <numerusform>%n richieste chiuse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>listening::AttemptDialog</name>
    <message>
        <source>Request %1</source>
        <translation>Richiesta %1</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;font-size:large;&quot;&gt;%1&lt;/b&gt; · %2 · request %3</source>
        <translation>&lt;b style=&quot;font-size:large;&quot;&gt;%1&lt;/b&gt; · %2 · richiesta %3</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(senza nome)</translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation>Registra una chiamata</translation>
    </message>
    <message>
        <source>Called &amp;at:</source>
        <translation>Chiamato &amp;alle:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Esito:</translation>
    </message>
    <message>
        <source>Called &amp;by:</source>
        <translation>Chiamato &amp;da:</translation>
    </message>
    <message>
        <source>After %1 failed attempts, or a wrong number, the request goes to the coordinator: it stays in the queue until someone reaches the caller.</source>
        <translation>Dopo %1 tentativi falliti, o un numero errato, la richiesta passa al coordinatore: resta in coda finché qualcuno non raggiunge il chiamante.</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Registra</translation>
    </message>
</context>
<context>
    <name>listening::CallbackQueueModel</name>
    <message>
        <source>OVERDUE</source>
        <translation>SCADUTA</translation>
    </message>
    <message>
        <source>beyond 24 h</source>
        <translation>oltre 24 h</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>in scadenza</translation>
    </message>
    <message>
        <source>to call again</source>
        <translation>da richiamare ancora</translation>
    </message>
    <message>
        <source>to call back</source>
        <translation>da richiamare</translation>
    </message>
    <message>
        <source>reached: record the outcome</source>
        <translation>raggiunto: registrare l&apos;esito</translation>
    </message>
    <message>
        <source>with the coordinator</source>
        <translation>al coordinatore</translation>
    </message>
    <message>
        <source>reached after %1</source>
        <translation>raggiunto dopo %1</translation>
    </message>
    <message>
        <source>late by %1</source>
        <translation>in ritardo di %1</translation>
    </message>
    <message>
        <source>24 h: in %1</source>
        <translation>24 h: tra %1</translation>
    </message>
    <message>
        <source>%1 h: in %2</source>
        <translation>%1 h: tra %2</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(senza nome)</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>riservato</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>non assegnata</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>raggiunto</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallito</numerusform>
            <numerusform>%n falliti</numerusform>
        </translation>
    </message>
    <message>
        <source>Received %1 · call back by %2</source>
        <translation>Ricevuta il %1 · richiamare entro il %2</translation>
    </message>
    <message>
        <source>24 hours: %1 · 48 hours: %2</source>
        <translation>24 ore: %1 · 48 ore: %2</translation>
    </message>
    <message>
        <source>Only coordinators and psychologists signed in can read callers&apos; data.</source>
        <translation>Solo coordinatori e psicologi che hanno eseguito l&apos;accesso possono leggere i dati dei chiamanti.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ricevuta</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Chiamante</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgenza</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation>Psicologo</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentativi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
</context>
<context>
    <name>listening::EscalationDialog</name>
    <message>
        <source>Call to 118</source>
        <translation>Chiamata al 118</translation>
    </message>
    <message>
        <source>Record the call made to emergency services (118) for request %1: when, and why.</source>
        <translation>Registra la chiamata fatta ai soccorsi (118) per la richiesta %1: quando e perché.</translation>
    </message>
    <message>
        <source>118 called &amp;at:</source>
        <translation>118 chiamato &amp;alle:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Perché:</translation>
    </message>
    <message>
        <source>Called &amp;by:</source>
        <translation>Chiamato &amp;da:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Registra</translation>
    </message>
</context>
<context>
    <name>listening::GroupsPage</name>
    <message>
        <source>Group</source>
        <translation>Gruppo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Psychologists</source>
        <translation>Psicologi</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>Incontri tenuti</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Ultimo incontro</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Prossimo incontro</translation>
    </message>
    <message>
        <source>Support groups</source>
        <translation>Gruppi di supporto</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Partecipante</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Uscito il</translation>
    </message>
    <message>
        <source>Session of</source>
        <translation>Incontro del</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Presenti</translation>
    </message>
    <message>
        <source>&amp;New group...</source>
        <translation>&amp;Nuovo gruppo...</translation>
    </message>
    <message>
        <source>&amp;Change...</source>
        <translation>&amp;Modifica...</translation>
    </message>
    <message>
        <source>Record a &amp;session...</source>
        <translation>Registra un &amp;incontro...</translation>
    </message>
    <message>
        <source>&amp;Add a participant...</source>
        <translation>&amp;Aggiungi un partecipante...</translation>
    </message>
    <message>
        <source>Participant &amp;left...</source>
        <translation>Partecipante &amp;uscito...</translation>
    </message>
    <message>
        <source>Needs the role %1.</source>
        <translation>Richiede il ruolo %1.</translation>
    </message>
    <message>
        <source>%1 at %2, %3 min</source>
        <translation>%1 alle %2, %3 min</translation>
    </message>
    <message>
        <source>Participants of «%1»</source>
        <translation>Partecipanti di «%1»</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>riservato</translation>
    </message>
    <message>
        <source>Only coordinators and psychologists signed in can read participants&apos; names.</source>
        <translation>Solo coordinatori e psicologi che hanno eseguito l&apos;accesso possono leggere i nomi dei partecipanti.</translation>
    </message>
    <message>
        <source>New support group</source>
        <translation>Nuovo gruppo di supporto</translation>
    </message>
    <message>
        <source>Support group</source>
        <translation>Gruppo di supporto</translation>
    </message>
    <message>
        <source>A weekly remote session for volunteers, led by two psychologists.</source>
        <translation>Un incontro settimanale a distanza per i volontari, condotto da due psicologi.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>link of the video call</source>
        <translation>link della videochiamata</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>in corso</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Giorno:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Ora:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;urata:</translation>
    </message>
    <message>
        <source>&amp;First psychologist:</source>
        <translation>&amp;Primo psicologo:</translation>
    </message>
    <message>
        <source>&amp;Second psychologist:</source>
        <translation>&amp;Secondo psicologo:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Dal:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Al:</translation>
    </message>
    <message>
        <source>Add a participant</source>
        <translation>Aggiungi un partecipante</translation>
    </message>
    <message>
        <source>The name is stored encrypted, like callers&apos; data.</source>
        <translation>Il nome è conservato cifrato, come i dati dei chiamanti.</translation>
    </message>
    <message>
        <source>e.g. Gruppo comunale di protezione civile di Rho</source>
        <translation>ad es. Gruppo comunale di protezione civile di Rho</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organizzazione:</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>&amp;Dal:</translation>
    </message>
    <message>
        <source>Participant left</source>
        <translation>Partecipante uscito</translation>
    </message>
    <message>
        <source>The participant stays in the group&apos;s history.</source>
        <translation>Il partecipante resta nella storia del gruppo.</translation>
    </message>
    <message>
        <source>&amp;Left on:</source>
        <translation>&amp;Uscito il:</translation>
    </message>
    <message>
        <source>Record a session</source>
        <translation>Registra un incontro</translation>
    </message>
    <message>
        <source>A session of «%1» that took place.</source>
        <translation>Un incontro di «%1» che si è tenuto.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Participants present:</source>
        <translation>&amp;Partecipanti presenti:</translation>
    </message>
</context>
<context>
    <name>listening::IntakeDialog</name>
    <message>
        <source>New listening request</source>
        <translation>Nuova richiesta di ascolto</translation>
    </message>
    <message>
        <source>Write down the message left on the answering machine (02 7740 5555). &lt;b&gt;If it suggests an immediate danger, call 118 now&lt;/b&gt;, then record it here.</source>
        <translation>Trascrivi il messaggio lasciato in segreteria (02 7740 5555). &lt;b&gt;Se fa pensare a un pericolo immediato, chiama subito il 118&lt;/b&gt;, poi registralo qui.</translation>
    </message>
    <message>
        <source>Time of the message</source>
        <translation>Ora del messaggio</translation>
    </message>
    <message>
        <source>as said in the message; may be empty</source>
        <translation>come detto nel messaggio; può mancare</translation>
    </message>
    <message>
        <source>required: e.g. 333 123 4567</source>
        <translation>obbligatorio: ad es. 333 123 4567</translation>
    </message>
    <message>
        <source>if said</source>
        <translation>se detto</translation>
    </message>
    <message>
        <source>Normal: call back within 48 hours</source>
        <translation>Normale: richiamare entro 48 ore</translation>
    </message>
    <message>
        <source>Urgent: call back within 24 hours</source>
        <translation>Urgente: richiamare entro 24 ore</translation>
    </message>
    <message>
        <source>In a few words, without details that are not needed</source>
        <translation>In poche parole, senza dettagli non necessari</translation>
    </message>
    <message>
        <source>Message left &amp;at:</source>
        <translation>Messaggio lasciato &amp;alle:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefono:</translation>
    </message>
    <message>
        <source>&amp;Comune:</source>
        <translation>&amp;Comune:</translation>
    </message>
    <message>
        <source>&amp;Who is calling:</source>
        <translation>&amp;Chi chiama:</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>&amp;Urgenza:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Name, phone and reason are stored encrypted: only coordinators and psychologists can read them.</source>
        <translation>Nome, telefono e motivo sono conservati cifrati: solo coordinatori e psicologi possono leggerli.</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Registra</translation>
    </message>
    <message>
        <source>Comune «%1» read as %2.</source>
        <translation>Comune «%1» interpretato come %2.</translation>
    </message>
</context>
<context>
    <name>listening::ListeningErrorText</name>
    <message>
        <source>A request without a way to call back cannot be recorded: write the phone number left in the message.</source>
        <translation>Una richiesta senza modo di richiamare non può essere registrata: scrivi il numero lasciato nel messaggio.</translation>
    </message>
    <message>
        <source>«%1» is not a phone number that can be called: 6 to 15 digits, spaces allowed, + for abroad.</source>
        <translation>«%1» non è un numero di telefono chiamabile: da 6 a 15 cifre, spazi ammessi, + per l&apos;estero.</translation>
    </message>
    <message>
        <source>The text is too long: at most %1 characters.</source>
        <translation>Il testo è troppo lungo: al massimo %1 caratteri.</translation>
    </message>
    <message>
        <source>Write the date and time.</source>
        <translation>Scrivi data e ora.</translation>
    </message>
    <message>
        <source>%1 is in the future: check the date and time.</source>
        <translation>%1 è nel futuro: controlla data e ora.</translation>
    </message>
    <message>
        <source>%1 is more than 60 days ago: check the date.</source>
        <translation>%1 è più di 60 giorni fa: controlla la data.</translation>
    </message>
    <message>
        <source>The request does not exist (any more).</source>
        <translation>La richiesta non esiste (più).</translation>
    </message>
    <message>
        <source>Request %1 is already closed.</source>
        <translation>La richiesta %1 è già chiusa.</translation>
    </message>
    <message>
        <source>Choose the psychologist.</source>
        <translation>Scegli lo psicologo.</translation>
    </message>
    <message>
        <source>That psychologist is not on the roster.</source>
        <translation>Quello psicologo non è nell&apos;elenco.</translation>
    </message>
    <message>
        <source>That psychologist is no longer active.</source>
        <translation>Quello psicologo non è più attivo.</translation>
    </message>
    <message>
        <source>The request is already assigned to %1.</source>
        <translation>La richiesta è già assegnata a %1.</translation>
    </message>
    <message>
        <source>This outcome cannot be recorded here.</source>
        <translation>Questo esito non si registra qui.</translation>
    </message>
    <message>
        <source>A callback at %3 would come before the message of request %1 (%2): check the time.</source>
        <translation>Una richiamata alle %3 verrebbe prima del messaggio della richiesta %1 (%2): controlla l&apos;ora.</translation>
    </message>
    <message>
        <source>A call to 118 at %3 would come before the message of request %1 (%2): check the time.</source>
        <translation>Una chiamata al 118 alle %3 verrebbe prima del messaggio della richiesta %1 (%2): controlla l&apos;ora.</translation>
    </message>
    <message>
        <source>The interview at %3 would come before the message of request %1 (%2): check the time.</source>
        <translation>Il colloquio alle %3 verrebbe prima del messaggio della richiesta %1 (%2): controlla l&apos;ora.</translation>
    </message>
    <message>
        <source>There is no such call attempt.</source>
        <translation>Questo tentativo di chiamata non esiste.</translation>
    </message>
    <message>
        <source>That attempt was already cancelled.</source>
        <translation>Quel tentativo era già stato annullato.</translation>
    </message>
    <message>
        <source>Write why 118 was called.</source>
        <translation>Scrivi perché è stato chiamato il 118.</translation>
    </message>
    <message>
        <source>The caller of %1 has not been reached yet: log the call that reached them first.</source>
        <translation>Il chiamante della %1 non è ancora stato raggiunto: registra prima la chiamata che lo ha raggiunto.</translation>
    </message>
    <message>
        <source>Unknown need «%1».</source>
        <translation>Bisogno sconosciuto «%1».</translation>
    </message>
    <message>
        <source>Write the service the caller was referred to.</source>
        <translation>Scrivi il servizio a cui è stato indirizzato il chiamante.</translation>
    </message>
    <message>
        <source>Request %1 has no call to 118 recorded: record it first (time and reason).</source>
        <translation>Per la richiesta %1 non è registrata alcuna chiamata al 118: registrala prima (ora e motivo).</translation>
    </message>
    <message>
        <source>Request %1 can be closed as unreachable only after %3 failed attempts or a wrong number (now: %2).</source>
        <translation>La richiesta %1 può essere chiusa come irraggiungibile solo dopo %3 tentativi falliti o un numero errato (finora: %2).</translation>
    </message>
    <message>
        <source>Write the psychologist&apos;s name and surname.</source>
        <translation>Scrivi nome e cognome dello psicologo.</translation>
    </message>
    <message>
        <source>The psychologist is already placed in that COC.</source>
        <translation>Lo psicologo è già presente in quel COC.</translation>
    </message>
    <message>
        <source>There is no such placement.</source>
        <translation>Questa presenza non esiste.</translation>
    </message>
    <message>
        <source>The placement cannot end before it began.</source>
        <translation>La presenza non può finire prima di cominciare.</translation>
    </message>
    <message>
        <source>There is no such support group.</source>
        <translation>Questo gruppo di supporto non esiste.</translation>
    </message>
    <message>
        <source>Give the group a name.</source>
        <translation>Dai un nome al gruppo.</translation>
    </message>
    <message>
        <source>Choose the weekday, the time and a duration between 15 minutes and 4 hours.</source>
        <translation>Scegli il giorno, l&apos;ora e una durata tra 15 minuti e 4 ore.</translation>
    </message>
    <message>
        <source>A support group is led by two different psychologists.</source>
        <translation>Un gruppo di supporto è condotto da due psicologi diversi.</translation>
    </message>
    <message>
        <source>The group&apos;s end date comes before its start.</source>
        <translation>La data di fine del gruppo viene prima dell&apos;inizio.</translation>
    </message>
    <message>
        <source>There is already a group called «%1».</source>
        <translation>Esiste già un gruppo chiamato «%1».</translation>
    </message>
    <message>
        <source>Write the participant&apos;s name.</source>
        <translation>Scrivi il nome del partecipante.</translation>
    </message>
    <message>
        <source>The date is outside the group&apos;s period.</source>
        <translation>La data è fuori dal periodo del gruppo.</translation>
    </message>
    <message>
        <source>There is no such participant.</source>
        <translation>Questo partecipante non esiste.</translation>
    </message>
    <message>
        <source>A session can be recorded only once it has taken place.</source>
        <translation>Un incontro si registra solo dopo che si è tenuto.</translation>
    </message>
    <message>
        <source>The group meets on %1: choose a date on that day.</source>
        <translation>Il gruppo si incontra di %1: scegli una data in quel giorno.</translation>
    </message>
    <message>
        <source>The number of participants is not plausible.</source>
        <translation>Il numero di partecipanti non è plausibile.</translation>
    </message>
    <message>
        <source>That session is already recorded.</source>
        <translation>Quell&apos;incontro è già registrato.</translation>
    </message>
</context>
<context>
    <name>listening::ListeningModule</name>
    <message>
        <source>Requests to call back</source>
        <translation>Richieste da richiamare</translation>
    </message>
    <message numerus="yes">
        <source>%n more waiting for the outcome</source>
        <translation>
            <numerusform>altra %n in attesa dell&apos;esito</numerusform>
            <numerusform>altre %n in attesa dell&apos;esito</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue callbacks</source>
        <translation>Richiami scaduti</translation>
    </message>
    <message>
        <source>past their 24/48-hour deadline: call now</source>
        <translation>oltre la scadenza di 24/48 ore: richiamare subito</translation>
    </message>
    <message>
        <source>none: every deadline is met</source>
        <translation>nessuno: tutte le scadenze sono rispettate</translation>
    </message>
    <message>
        <source>With the coordinator</source>
        <translation>Al coordinatore</translation>
    </message>
    <message numerus="yes">
        <source>%n beyond 24 hours</source>
        <translation>
            <numerusform>%n oltre le 24 ore</numerusform>
            <numerusform>%n oltre le 24 ore</numerusform>
        </translation>
    </message>
    <message>
        <source>Called back within 24 h</source>
        <translation>Richiamati entro 24 h</translation>
    </message>
    <message numerus="yes">
        <source>of %n request(s) in the last 30 days</source>
        <translation>
            <numerusform>su %n richiesta negli ultimi 30 giorni</numerusform>
            <numerusform>su %n richieste negli ultimi 30 giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>Callbacks due</source>
        <translation>Richiami da fare</translation>
    </message>
    <message>
        <source>AscoltiAMO</source>
        <translation>AscoltiAMO</translation>
    </message>
</context>
<context>
    <name>listening::ListeningReports</name>
    <message>
        <source>AscoltiAMO: callback queue</source>
        <translation>AscoltiAMO: coda dei richiami</translation>
    </message>
    <message>
        <source>AscoltiAMO: service figures</source>
        <translation>AscoltiAMO: dati del servizio</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Settimana</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Richieste</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgenti</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>Richiamati</translation>
    </message>
    <message>
        <source>Within 24 h</source>
        <translation>Entro 24 h</translation>
    </message>
    <message>
        <source>Within 48 h</source>
        <translation>Entro 48 h</translation>
    </message>
    <message>
        <source>% within 24 h</source>
        <translation>% entro 24 h</translation>
    </message>
    <message>
        <source>% within 48 h</source>
        <translation>% entro 48 h</translation>
    </message>
    <message>
        <source>Median hours to callback</source>
        <translation>Ore mediane al richiamo</translation>
    </message>
    <message>
        <source>Escalations to 118</source>
        <translation>Chiamate al 118</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Invii ai servizi</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Irraggiungibili</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Ancora aperte</translation>
    </message>
    <message>
        <source>Requests and callbacks within 24 h</source>
        <translation>Richieste e richiami entro 24 h</translation>
    </message>
    <message>
        <source>Called back within 24 h</source>
        <translation>Richiamati entro 24 h</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Listening line 02 7740 5555: callbacks by the SPE psychologists</source>
        <translation>Linea di ascolto 02 7740 5555: richiami degli psicologi SPE</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Grouped by</source>
        <translation>Raggruppato per</translation>
    </message>
    <message>
        <source>week</source>
        <translation>settimana</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mese</translation>
    </message>
    <message>
        <source>Requests received</source>
        <translation>Richieste ricevute</translation>
    </message>
    <message>
        <source>Called back within 24 hours</source>
        <translation>Richiamati entro 24 ore</translation>
    </message>
    <message>
        <source>Called back within 48 hours</source>
        <translation>Richiamati entro 48 ore</translation>
    </message>
    <message>
        <source>Referrals to services</source>
        <translation>Invii ai servizi</translation>
    </message>
    <message>
        <source>Aggregate figures only: no caller can be identified from this report. Times are measured from the message on the answering machine to the first call that reached the caller.</source>
        <translation>Solo dati aggregati: da questo report non si può identificare alcun chiamante. I tempi vanno dal messaggio in segreteria alla prima chiamata che ha raggiunto il chiamante.</translation>
    </message>
    <message>
        <source>Need assessed</source>
        <translation>Bisogno rilevato</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casi</translation>
    </message>
    <message>
        <source>Needs assessed in the interviews</source>
        <translation>Bisogni rilevati nei colloqui</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ricevuta</translation>
    </message>
    <message>
        <source>Call back by</source>
        <translation>Richiamare entro</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tempo rimasto</translation>
    </message>
    <message>
        <source>Hours left</source>
        <translation>Ore rimaste</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgenza</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Chiamante</translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation>Psicologo</translation>
    </message>
    <message>
        <source>Failed attempts</source>
        <translation>Tentativi falliti</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>SCADUTA</translation>
    </message>
    <message>
        <source>beyond 24 h</source>
        <translation>oltre 24 h</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>in scadenza</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>nei tempi</translation>
    </message>
    <message>
        <source>reached, outcome to record</source>
        <translation>raggiunto, esito da registrare</translation>
    </message>
    <message>
        <source>with the coordinator</source>
        <translation>al coordinatore</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n request(s)</source>
        <translation>
            <numerusform>Totale: %n richiesta</numerusform>
            <numerusform>Totale: %n richieste</numerusform>
        </translation>
    </message>
    <message>
        <source>Open requests by deadline: 24 hours for urgent ones, 48 hours for the others</source>
        <translation>Richieste aperte per scadenza: 24 ore per le urgenti, 48 ore per le altre</translation>
    </message>
    <message>
        <source>Situation at</source>
        <translation>Situazione al</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>Richieste aperte</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Scadute</translation>
    </message>
    <message>
        <source>Beyond 24 hours</source>
        <translation>Oltre 24 ore</translation>
    </message>
    <message>
        <source>With the coordinator</source>
        <translation>Al coordinatore</translation>
    </message>
    <message>
        <source>Contains callers&apos; personal data: keep it confidential and destroy it after use.</source>
        <translation>Contiene dati personali dei chiamanti: conservalo riservato e distruggilo dopo l&apos;uso.</translation>
    </message>
    <message>
        <source>Callers&apos; names and phone numbers are shown only to coordinators and psychologists signed in.</source>
        <translation>Nomi e numeri di telefono dei chiamanti sono mostrati solo a coordinatori e psicologi che hanno eseguito l&apos;accesso.</translation>
    </message>
</context>
<context>
    <name>listening::ListeningTab</name>
    <message>
        <source>Queue summary</source>
        <translation>Riepilogo della coda</translation>
    </message>
    <message>
        <source>&amp;New request...</source>
        <translation>&amp;Nuova richiesta...</translation>
    </message>
    <message>
        <source>Record a message left on the answering machine (Ctrl+Shift+N)</source>
        <translation>Registra un messaggio lasciato in segreteria (Ctrl+Maiusc+N)</translation>
    </message>
    <message>
        <source>&amp;Print the queue...</source>
        <translation>S&amp;tampa la coda...</translation>
    </message>
    <message>
        <source>Service &amp;figures...</source>
        <translation>&amp;Dati del servizio...</translation>
    </message>
    <message>
        <source>Search: request, name, phone, comune</source>
        <translation>Cerca: richiesta, nome, telefono, comune</translation>
    </message>
    <message>
        <source>Search: request, comune, psychologist</source>
        <translation>Cerca: richiesta, comune, psicologo</translation>
    </message>
    <message>
        <source>Search the queue</source>
        <translation>Cerca nella coda</translation>
    </message>
    <message>
        <source>&amp;Mine only</source>
        <translation>Solo le &amp;mie</translation>
    </message>
    <message>
        <source>Only the requests assigned to me</source>
        <translation>Solo le richieste assegnate a me</translation>
    </message>
    <message>
        <source>Only &amp;late</source>
        <translation>Solo in &amp;ritardo</translation>
    </message>
    <message>
        <source>Callback queue</source>
        <translation>Coda dei richiami</translation>
    </message>
    <message>
        <source>Closed requests</source>
        <translation>Richieste chiuse</translation>
    </message>
    <message>
        <source>Volunteer support groups</source>
        <translation>Gruppi di supporto ai volontari</translation>
    </message>
    <message>
        <source>Psychologists and COC</source>
        <translation>Psicologi e COC</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n request(s)&lt;/b&gt; to call back</source>
        <translation>
            <numerusform>&lt;b&gt;%n richiesta&lt;/b&gt; da richiamare</numerusform>
            <numerusform>&lt;b&gt;%n richieste&lt;/b&gt; da richiamare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for the outcome</source>
        <translation>
            <numerusform>%n in attesa dell&apos;esito</numerusform>
            <numerusform>%n in attesa dell&apos;esito</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n OVERDUE&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n SCADUTA&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n SCADUTE&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n beyond 24 hours</source>
        <translation>
            <numerusform>%n oltre le 24 ore</numerusform>
            <numerusform>%n oltre le 24 ore</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due within 4 hours</source>
        <translation>
            <numerusform>%n in scadenza entro 4 ore</numerusform>
            <numerusform>%n in scadenza entro 4 ore</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n with the coordinator&lt;/b&gt; after failed calls</source>
        <translation>
            <numerusform>&lt;b&gt;%n al coordinatore&lt;/b&gt; dopo chiamate fallite</numerusform>
            <numerusform>&lt;b&gt;%n al coordinatore&lt;/b&gt; dopo chiamate fallite</numerusform>
        </translation>
    </message>
    <message>
        <source>AscoltiAMO</source>
        <translation>AscoltiAMO</translation>
    </message>
    <message>
        <source>There is no active psychologist on the roster: add them in «Psychologists and COC».</source>
        <translation>Non c&apos;è nessuno psicologo attivo nell&apos;elenco: aggiungili in «Psicologi e COC».</translation>
    </message>
    <message>
        <source>Assign request %1</source>
        <translation>Assegna la richiesta %1</translation>
    </message>
    <message>
        <source>Psychologist who calls back:</source>
        <translation>Psicologo che richiama:</translation>
    </message>
    <message>
        <source>Raised to the coordinator</source>
        <translation>Passata al coordinatore</translation>
    </message>
    <message>
        <source>Request %1 could not be reached and is now with the coordinator. It stays in the queue, highlighted, until someone reaches the caller.</source>
        <translation>Il chiamante della richiesta %1 non è stato raggiunto e la richiesta passa ora al coordinatore. Resta in coda, evidenziata, finché qualcuno non raggiunge il chiamante.</translation>
    </message>
    <message>
        <source>Cancel an entry</source>
        <translation>Annulla una registrazione</translation>
    </message>
    <message>
        <source>Cancel the call of %1 (%2) as entered by mistake? It stays in the history, crossed out.</source>
        <translation>Annullare la chiamata del %1 (%2) come registrata per errore? Resta nella storia, barrata.</translation>
    </message>
    <message>
        <source>Close request %1 as unreachable</source>
        <translation>Chiudi la richiesta %1 come irraggiungibile</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) failed. Write what was tried (a message left, another number...): the request leaves the queue.</source>
        <translation>
            <numerusform>%n chiamata fallita. Scrivi che cosa si è tentato (messaggio lasciato, altro numero...): la richiesta esce dalla coda.</numerusform>
            <numerusform>%n chiamate fallite. Scrivi che cosa si è tentato (messaggio lasciato, altro numero...): la richiesta esce dalla coda.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>listening::ListeningText</name>
    <message>
        <source>citizen</source>
        <translation>cittadino</translation>
    </message>
    <message>
        <source>volunteer</source>
        <translation>volontario</translation>
    </message>
    <message>
        <source>relative</source>
        <translation>familiare</translation>
    </message>
    <message>
        <source>urgent (24 h)</source>
        <translation>urgente (24 h)</translation>
    </message>
    <message>
        <source>normal (48 h)</source>
        <translation>normale (48 h)</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>raggiunto</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>nessuna risposta</translation>
    </message>
    <message>
        <source>wrong number</source>
        <translation>numero errato</translation>
    </message>
    <message>
        <source>cancelled entry</source>
        <translation>registrazione annullata</translation>
    </message>
    <message>
        <source>support given</source>
        <translation>sostegno dato</translation>
    </message>
    <message>
        <source>referred to a service</source>
        <translation>inviato a un servizio</translation>
    </message>
    <message>
        <source>escalated to 118</source>
        <translation>passato al 118</translation>
    </message>
    <message>
        <source>caller unreachable</source>
        <translation>chiamante irraggiungibile</translation>
    </message>
    <message>
        <source>being listened to</source>
        <translation>bisogno di ascolto</translation>
    </message>
    <message>
        <source>anxiety, fear</source>
        <translation>ansia, paura</translation>
    </message>
    <message>
        <source>loneliness, isolation</source>
        <translation>solitudine, isolamento</translation>
    </message>
    <message>
        <source>bereavement</source>
        <translation>lutto</translation>
    </message>
    <message>
        <source>illness (own or of a relative)</source>
        <translation>malattia (propria o di un familiare)</translation>
    </message>
    <message>
        <source>family conflict</source>
        <translation>conflitti familiari</translation>
    </message>
    <message>
        <source>economic hardship</source>
        <translation>difficoltà economiche</translation>
    </message>
    <message>
        <source>work or study</source>
        <translation>lavoro o studio</translation>
    </message>
    <message>
        <source>stress from volunteer service</source>
        <translation>stress da servizio di volontariato</translation>
    </message>
    <message>
        <source>other</source>
        <translation>altro</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
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
        <translation>tra %1</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>%1 di ritardo</translation>
    </message>
    <message>
        <source>Psycho-social centre (CPS)</source>
        <translation>Centro psico-sociale (CPS)</translation>
    </message>
    <message>
        <source>Family counselling centre (consultorio)</source>
        <translation>Consultorio familiare</translation>
    </message>
    <message>
        <source>General practitioner</source>
        <translation>Medico di medicina generale</translation>
    </message>
    <message>
        <source>Social services of the comune</source>
        <translation>Servizi sociali del comune</translation>
    </message>
    <message>
        <source>Addiction services (SerD)</source>
        <translation>Servizio dipendenze (SerD)</translation>
    </message>
    <message>
        <source>Anti-violence centre</source>
        <translation>Centro antiviolenza</translation>
    </message>
    <message>
        <source>ATS psychological support</source>
        <translation>Supporto psicologico ATS</translation>
    </message>
</context>
<context>
    <name>listening::OutcomeDialog</name>
    <message>
        <source>Interview outcome</source>
        <translation>Esito del colloquio</translation>
    </message>
    <message>
        <source>How the interview of request %1 went. Recording it closes the request.</source>
        <translation>Com&apos;è andato il colloquio della richiesta %1. Registrarlo chiude la richiesta.</translation>
    </message>
    <message>
        <source>the service the caller was referred to</source>
        <translation>il servizio a cui è stato indirizzato il chiamante</translation>
    </message>
    <message>
        <source>Short notes: what is needed to follow the case, nothing more</source>
        <translation>Note brevi: ciò che serve per seguire il caso, niente di più</translation>
    </message>
    <message>
        <source>Interview &amp;at:</source>
        <translation>Colloquio &amp;alle:</translation>
    </message>
    <message>
        <source>&amp;Psychologist:</source>
        <translation>&amp;Psicologo:</translation>
    </message>
    <message>
        <source>Needs assessed:</source>
        <translation>Bisogni rilevati:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Esito:</translation>
    </message>
    <message>
        <source>Referred &amp;to:</source>
        <translation>Inviato &amp;a:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Close the request</source>
        <translation>&amp;Chiudi la richiesta</translation>
    </message>
</context>
<context>
    <name>listening::PsychologistCombo</name>
    <message>
        <source>Psychologist</source>
        <translation>Psicologo</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(non indicato)</translation>
    </message>
</context>
<context>
    <name>listening::RequestPanel</name>
    <message>
        <source>Request details</source>
        <translation>Dettagli della richiesta</translation>
    </message>
    <message>
        <source>&amp;Assign...</source>
        <translation>&amp;Assegna...</translation>
    </message>
    <message>
        <source>&amp;Log a call...</source>
        <translation>&amp;Registra chiamata...</translation>
    </message>
    <message>
        <source>Cancel last &amp;entry...</source>
        <translation>Annulla l&apos;ultima &amp;registrazione...</translation>
    </message>
    <message>
        <source>Call to &amp;118...</source>
        <translation>Chiamata al &amp;118...</translation>
    </message>
    <message>
        <source>Interview &amp;outcome...</source>
        <translation>&amp;Esito del colloquio...</translation>
    </message>
    <message>
        <source>Close as &amp;unreachable...</source>
        <translation>Chiudi come &amp;irraggiungibile...</translation>
    </message>
    <message>
        <source>No request selected</source>
        <translation>Nessuna richiesta selezionata</translation>
    </message>
    <message>
        <source>Needs the role %1.</source>
        <translation>Richiede il ruolo %1.</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Richiesta %1</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Chiamante</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(senza nome)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>reserved: only coordinators and psychologists signed in can read it</source>
        <translation>riservato: solo coordinatori e psicologi che hanno eseguito l&apos;accesso possono leggerlo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>non indicato</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ricevuta</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgenza</translation>
    </message>
    <message>
        <source>Call back by</source>
        <translation>Richiamare entro</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message numerus="yes">
        <source>with the coordinator: %n failed attempt(s)</source>
        <translation>
            <numerusform>al coordinatore: %n tentativo fallito</numerusform>
            <numerusform>al coordinatore: %n tentativi falliti</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason, in brief</source>
        <translation>Motivo, in breve</translation>
    </message>
    <message>
        <source>Message left on the answering machine</source>
        <translation>Messaggio lasciato in segreteria</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Assegnata a %1</translation>
    </message>
    <message>
        <source>An earlier entry was cancelled as a mistake</source>
        <translation>Una registrazione precedente è stata annullata come errore</translation>
    </message>
    <message>
        <source>Call: %1</source>
        <translation>Chiamata: %1</translation>
    </message>
    <message>
        <source>Call to 118</source>
        <translation>Chiamata al 118</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>Chiusa: %1</translation>
    </message>
    <message>
        <source>Needs: %1</source>
        <translation>Bisogni: %1</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Che cosa è successo</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a request to see it here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Seleziona una richiesta per vederla qui.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>listening::StaffPage</name>
    <message>
        <source>Psychologist</source>
        <translation>Psicologo</translation>
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
        <source>Signs in as</source>
        <translation>Accede come</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Psychologists</source>
        <translation>Psicologi</translation>
    </message>
    <message>
        <source>COC of</source>
        <translation>COC di</translation>
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
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>COC placements</source>
        <translation>Presenze nei COC</translation>
    </message>
    <message>
        <source>Show ended placements too</source>
        <translation>Mostra anche le presenze concluse</translation>
    </message>
    <message>
        <source>&amp;New psychologist...</source>
        <translation>&amp;Nuovo psicologo...</translation>
    </message>
    <message>
        <source>&amp;Change...</source>
        <translation>&amp;Modifica...</translation>
    </message>
    <message>
        <source>&amp;Place in a COC...</source>
        <translation>&amp;Assegna a un COC...</translation>
    </message>
    <message>
        <source>&amp;End placement...</source>
        <translation>&amp;Termina la presenza...</translation>
    </message>
    <message>
        <source>Needs the role %1.</source>
        <translation>Richiede il ruolo %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;SPE team&lt;/b&gt;</source>
        <translation>&lt;b&gt;Squadra SPE&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Psychologists in the COCs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Psicologi nei COC&lt;/b&gt;</translation>
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
        <source>ongoing</source>
        <translation>in corso</translation>
    </message>
    <message>
        <source>New psychologist</source>
        <translation>Nuovo psicologo</translation>
    </message>
    <message>
        <source>A volunteer psychologist of the SPE team. Link the account they sign in with, if they have one: the queue then shows them their own requests.</source>
        <translation>Uno psicologo volontario della squadra SPE. Collega l&apos;account con cui accede, se ne ha uno: la coda gli mostrerà così le sue richieste.</translation>
    </message>
    <message>
        <source>e.g. Dott.ssa Anna Bianchi</source>
        <translation>ad es. Dott.ssa Anna Bianchi</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>active: can be assigned requests</source>
        <translation>attivo: gli si possono assegnare richieste</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
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
        <source>&amp;Account:</source>
        <translation>&amp;Account:</translation>
    </message>
    <message>
        <source>Place a psychologist in a COC</source>
        <translation>Assegna uno psicologo a un COC</translation>
    </message>
    <message>
        <source>A psychologist who works at a comune&apos;s COC from a date.</source>
        <translation>Uno psicologo che lavora presso il COC di un comune da una certa data.</translation>
    </message>
    <message>
        <source>&amp;Psychologist:</source>
        <translation>&amp;Psicologo:</translation>
    </message>
    <message>
        <source>&amp;COC of:</source>
        <translation>&amp;COC di:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dal:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>End placement</source>
        <translation>Termina la presenza</translation>
    </message>
    <message>
        <source>%1 at the COC of %2.</source>
        <translation>%1 presso il COC di %2.</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Ultimo giorno:</translation>
    </message>
</context>
</TS>
