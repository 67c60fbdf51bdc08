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
        <source>Open database</source>
        <translation>Apri database</translation>
    </message>
    <message>
        <source>Databases (*.sqlite *.db);;All files (*)</source>
        <translation>Database (*.sqlite *.db);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Ripristina da una copia di sicurezza</translation>
    </message>
    <message>
        <source>The database was restored from %1. The file it replaced was kept as %2.</source>
        <translation>Il database è stato ripristinato da %1. Il file sostituito è stato conservato come %2.</translation>
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
        <source>There is no report called «%1». Reports: %2.</source>
        <translation>Non esiste un report chiamato «%1». Report disponibili: %2.</translation>
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
        <source>Nothing was imported.</source>
        <translation>Non è stato importato nulla.</translation>
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
        <source>ConosciAMO pupils</source>
        <translation>ragazzi di ConosciAMO</translation>
    </message>
    <message>
        <source>ConosciAMO study assistants</source>
        <translation>assistenti studio di ConosciAMO</translation>
    </message>
    <message>
        <source>ConosciAMO bookings and their outcomes</source>
        <translation>prenotazioni di ConosciAMO e i loro esiti</translation>
    </message>
    <message>
        <source>--keep wants a number of backups, at least 1.</source>
        <translation>--keep vuole un numero di copie, almeno 1.</translation>
    </message>
    <message>
        <source>Automatic backups kept in %1: %2</source>
        <translation>Copie automatiche conservate in %1: %2</translation>
    </message>
    <message>
        <source>Quick check (as at start), skipping the index cross-checks.</source>
        <translation>Verifica rapida (come all'avvio), senza il controllo incrociato degli indici.</translation>
    </message>
    <message>
        <source>writes a consistent copy of the database to OUT, or an automatic backup into the backup folder keeping the newest N</source>
        <translation>scrive una copia coerente del database in OUT, oppure una copia automatica nella cartella delle copie conservando le N più recenti</translation>
    </message>
    <message>
        <source>Automatic backups to keep (default: the settings, 14).</source>
        <translation>Copie automatiche da conservare (predefinito: quelle delle impostazioni, 14).</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>Say where to export: --to DIR (or set a sync folder in the settings).</source>
        <translation>Indicare dove esportare: --to CARTELLA (oppure impostare una cartella di sincronizzazione).</translation>
    </message>
    <message>
        <source>Nothing to export: every change of this workstation is already in %1.</source>
        <translation>Niente da esportare: tutte le modifiche di questa postazione sono già in %1.</translation>
    </message>
    <message numerus="yes">
        <source>Written %1: %n change(s), log %2-%3</source>
        <translation>
            <numerusform>Scritto %1: %n modifica, registro %2-%3</numerusform>
            <numerusform>Scritto %1: %n modifiche, registro %2-%3</numerusform>
        </translation>
    </message>
    <message>
        <source>Say where to import from: --from DIR (or set a sync folder in the settings).</source>
        <translation>Indicare da dove importare: --from CARTELLA (oppure impostare una cartella di sincronizzazione).</translation>
    </message>
    <message>
        <source>REFUSED %1</source>
        <translation>RIFIUTATO %1</translation>
    </message>
    <message>
        <source>WAITING %1</source>
        <translation>IN ATTESA %1</translation>
    </message>
    <message>
        <source>Workstation: %1</source>
        <translation>Postazione: %1</translation>
    </message>
    <message>
        <source>Sync identity: %1</source>
        <translation>Identità di sincronizzazione: %1</translation>
    </message>
    <message>
        <source>none yet (never exported)</source>
        <translation>non ancora assegnata (mai esportato)</translation>
    </message>
    <message>
        <source>Changes not yet exported: %1</source>
        <translation>Modifiche non ancora esportate: %1</translation>
    </message>
    <message>
        <source>Last export: %1</source>
        <translation>Ultima esportazione: %1</translation>
    </message>
    <message>
        <source>Changes waiting for rows not yet received: %1</source>
        <translation>Modifiche in attesa di dati non ancora arrivati: %1</translation>
    </message>
    <message>
        <source>Conflicts to review: %1</source>
        <translation>Conflitti da esaminare: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) listed.</source>
        <translation>
            <numerusform>%n conflitto elencato.</numerusform>
            <numerusform>%n conflitti elencati.</numerusform>
        </translation>
    </message>
    <message>
        <source>Written %1</source>
        <translation>Scritto %1</translation>
    </message>
    <message>
        <source>No deliveries are recorded by this program yet: the totals are zero.</source>
        <translation>Questo programma non registra ancora consegne: i totali sono zero.</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>Ripristinato %1 da %2.</translation>
    </message>
    <message>
        <source>The replaced database was kept as %1.</source>
        <translation>Il database sostituito è stato conservato come %1.</translation>
    </message>
    <message>
        <source>Changes already sent to the sync folder after that backup come back with the next import.</source>
        <translation>Le modifiche già inviate alla cartella di sincronizzazione dopo quella copia ritornano con la prossima importazione.</translation>
    </message>
    <message>
        <source>exchanges changes with the other workstations through a sync folder</source>
        <translation>scambia le modifiche con le altre postazioni attraverso una cartella di sincronizzazione</translation>
    </message>
    <message>
        <source>List reviewed conflicts too.</source>
        <translation>Elenca anche i conflitti già esaminati.</translation>
    </message>
    <message>
        <source>writes the open data of distributions per comune (CSV and GeoJSON)</source>
        <translation>scrive i dati aperti delle distribuzioni per comune (CSV e GeoJSON)</translation>
    </message>
    <message>
        <source>Folder to write to (default: the open data folder of the settings).</source>
        <translation>Cartella in cui scrivere (predefinita: la cartella dei dati aperti delle impostazioni).</translation>
    </message>
    <message>
        <source>replaces the database with a backup (default: the newest intact automatic one), keeping the current file aside</source>
        <translation>sostituisce il database con una copia di sicurezza (predefinita: la copia automatica integra più recente), conservando a parte il file attuale</translation>
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
        <translation>Non esiste l'organizzazione «%1» (indicarne l'id, il numero di iscrizione o il nome).</translation>
    </message>
    <message>
        <source>There is no event «%1» (give its id or name).</source>
        <translation>Non esiste l'evento «%1» (indicarne l'id o il nome).</translation>
    </message>
    <message>
        <source>Over the art. 39 limits: %1 (%2), %3: %4. %5</source>
        <translation>Oltre i limiti dell'art. 39: %1 (%2), %3: %4. %5</translation>
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
        <translation>Emette anche per i volontari oltre i limiti dell'art. 39 (le giornate sono segnalate).</translation>
    </message>
    <message>
        <source>At most N attestati.</source>
        <translation>Al massimo N attestati.</translation>
    </message>
    <message>
        <source>Folder for the PDF files and the index.</source>
        <translation>Cartella per i file PDF e l'indice.</translation>
    </message>
    <message>
        <source>imports volunteers from CSV (all or nothing)</source>
        <translation>importa volontari da CSV (tutto o niente)</translation>
    </message>
    <message>
        <source>imports activation days from CSV (all or nothing)</source>
        <translation>importa giornate di attivazione da CSV (tutto o niente)</translation>
    </message>
    <message>
        <source>--name wants the person's name and surname.</source>
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
        <source>lists the operator accounts and who holds the key to callers' data (CSV)</source>
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
        <source>--option wants KEY=VALUE.</source>
        <translation>--option vuole CHIAVE=VALORE.</translation>
    </message>
    <message>
        <source>A report-specific filter, e.g. operator=mario.rossi (repeatable).</source>
        <translation>Un filtro proprio del report, ad es. operator=mario.rossi (ripetibile).</translation>
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
    <message>
        <source>Create the database file when it does not exist (otherwise a missing file is an error).</source>
        <translation>Crea il file del database se non esiste (altrimenti un file mancante è un errore).</translation>
    </message>
    <message>
        <source>The demo database %1 was not created; nothing was left in its place.</source>
        <translation>Il database dimostrativo %1 non è stato creato; al suo posto non è rimasto nulla.</translation>
    </message>
    <message>
        <source>There is no intact automatic backup in %1: call for technical help.</source>
        <translation>In %1 non c'è una copia automatica integra: chiedere assistenza tecnica.</translation>
    </message>
    <message>
        <source>The newest intact backup is %1, of %2. To restore it (the damaged file is kept aside): cisiamo --db %3 restore %1</source>
        <translation>La copia integra più recente è %1, del %2. Per ripristinarla (il file danneggiato viene conservato a parte): cisiamo --db %3 restore %1</translation>
    </message>
    <message>
        <source>Access: read-only (the file cannot be written)</source>
        <translation>Accesso: sola lettura (il file non si può scrivere)</translation>
    </message>
    <message>
        <source>Access: read-only (its folder cannot be written)</source>
        <translation>Accesso: sola lettura (la sua cartella non si può scrivere)</translation>
    </message>
    <message>
        <source>The database %1 is damaged.</source>
        <translation>Il database %1 è danneggiato.</translation>
    </message>
    <message>
        <source>Import a file even though the same content was already imported.</source>
        <translation>Importa il file anche se lo stesso contenuto è già stato importato.</translation>
    </message>
    <message>
        <source>Nothing was imported. If the file is really new, import it again with --again.</source>
        <translation>Non è stato importato nulla. Se il file è davvero nuovo, importalo di nuovo con --again.</translation>
    </message>
    <message>
        <source>--role wants operator, coordinator, psychologist, administrator or service.</source>
        <translation>--role vuole operator, coordinator, psychologist, administrator o service.</translation>
    </message>
    <message>
        <source>operator, coordinator, psychologist, administrator or service.</source>
        <translation>operator, coordinator, psychologist, administrator o service.</translation>
    </message>
    <message>
        <source>«%1» changes data or reads personal data: sign in with --user NAME; the password is read from %2 or asked at the terminal, never given as an argument. Nothing was done.</source>
        <translation>«%1» modifica dati o legge dati personali: serve --user NOME; la password viene letta da %2 o chiesta al terminale, mai data come argomento. Non è stato fatto nulla.</translation>
    </message>
    <message>
        <source>Every command but demo, check and schema needs --user; the password is never an argument: it is read from the environment variable CISIAMO_PASSWORD or typed at the terminal.</source>
        <translation>Ogni comando tranne demo, check e schema vuole --user; la password non è mai un argomento: viene letta dalla variabile d'ambiente CISIAMO_PASSWORD o digitata al terminale.</translation>
    </message>
    <message>
        <source>--active wants yes or no.</source>
        <translation>--active vuole yes o no.</translation>
    </message>
    <message>
        <source>Account %1 changed.</source>
        <translation>Account %1 modificato.</translation>
    </message>
    <message>
        <source>Password of %1 reset: a new one is asked at the next sign-in.</source>
        <translation>Password di %1 reimpostata: al prossimo accesso ne verrà chiesta una nuova.</translation>
    </message>
    <message>
        <source>%1 can try to sign in again now.</source>
        <translation>%1 può riprovare ad accedere subito.</translation>
    </message>
    <message>
        <source>changes an account's name, role or whether it may sign in</source>
        <translation>modifica il nome, il ruolo di un account o se può accedere</translation>
    </message>
    <message>
        <source>yes: may sign in; no: deactivated.</source>
        <translation>yes: può accedere; no: disattivato.</translation>
    </message>
    <message>
        <source>gives a forgotten password a temporary one, from CISIAMO_NEW_PASSWORD or the terminal</source>
        <translation>sostituisce una password dimenticata con una provvisoria, da CISIAMO_NEW_PASSWORD o dal terminale</translation>
    </message>
    <message>
        <source>Reset even when the account is the only holder of the key to callers' data (that data is lost).</source>
        <translation>Reimposta anche se l'account è l'unico a custodire la chiave dei dati dei chiamanti (quei dati vanno persi).</translation>
    </message>
    <message>
        <source>lets a user name try to sign in again at once after wrong passwords</source>
        <translation>permette a un nome utente di riprovare subito ad accedere dopo password errate</translation>
    </message>
    <message>
        <source>comune wants set ISTAT and the fields to change.</source>
        <translation>comune richiede set ISTAT e i campi da modificare.</translation>
    </message>
    <message>
        <source>«%1» is not an ISTAT code: six digits, e.g. 015146 for Milano.</source>
        <translation>«%1» non è un codice ISTAT: sei cifre, per esempio 015146 per Milano.</translation>
    </message>
    <message>
        <source>comune set changes nothing without a field option (--coc-phone, --coc-email...).</source>
        <translation>comune set non modifica nulla senza un'opzione di campo (--coc-phone, --coc-email...).</translation>
    </message>
    <message>
        <source>Details of %1 saved.</source>
        <translation>Dati di %1 salvati.</translation>
    </message>
    <message>
        <source>changes the town hall and COC details of a comune</source>
        <translation>modifica i dati del municipio e del COC di un comune</translation>
    </message>
    <message>
        <source>Zona omogenea.</source>
        <translation>Zona omogenea.</translation>
    </message>
    <message>
        <source>Town hall phone.</source>
        <translation>Telefono del municipio.</translation>
    </message>
    <message>
        <source>Town hall e-mail.</source>
        <translation>E-mail del municipio.</translation>
    </message>
    <message>
        <source>Town hall PEC.</source>
        <translation>PEC del municipio.</translation>
    </message>
    <message>
        <source>Postcode (CAP).</source>
        <translation>CAP.</translation>
    </message>
    <message>
        <source>Where the COC meets.</source>
        <translation>Dove si riunisce il COC.</translation>
    </message>
    <message>
        <source>Name and role of the COC contact.</source>
        <translation>Nome e ruolo del referente COC.</translation>
    </message>
    <message>
        <source>COC phone.</source>
        <translation>Telefono del COC.</translation>
    </message>
    <message>
        <source>COC e-mail.</source>
        <translation>E-mail del COC.</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>Note.</translation>
    </message>
    <message>
        <source>workstation wants show or set.</source>
        <translation>workstation vuole show o set.</translation>
    </message>
    <message>
        <source>workstation set wants --number N, the workstation number (1-9999).</source>
        <translation>workstation set vuole --number N, il numero della postazione (1-9999).</translation>
    </message>
    <message>
        <source>--number and --name go with workstation set.</source>
        <translation>--number e --name vanno con workstation set.</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nome: %1</translation>
    </message>
    <message>
        <source>shows or sets this database's workstation number and name (set: coordinator or administrator)</source>
        <translation>mostra o imposta il numero e il nome della postazione di questo database (set: coordinatore o amministratore)</translation>
    </message>
    <message>
        <source>Workstation number, 1-9999, unique in the room.</source>
        <translation>Numero della postazione, 1-9999, unico nella sala.</translation>
    </message>
    <message>
        <source>Workstation name, e.g. "Sala operativa 1".</source>
        <translation>Nome della postazione, ad es. "Sala operativa 1".</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TESTO</translation>
    </message>
    <message>
        <source>Whether it is in use: yes or no.</source>
        <translation>Se è in uso: yes oppure no.</translation>
    </message>
    <message>
        <source>Write «add» with the options, or «edit ID» with the options to change.</source>
        <translation>Scrivere «add» con le opzioni, oppure «edit ID» con le opzioni da cambiare.</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>Manca: %1.</translation>
    </message>
    <message>
        <source>Bad value for --%1: «%2».</source>
        <translation>Valore non valido per --%1: «%2».</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODICE</translation>
    </message>
    <message>
        <source>Item code (PAS-PASTA).</source>
        <translation>Codice dell'articolo (PAS-PASTA).</translation>
    </message>
    <message>
        <source>Name.</source>
        <translation>Nome.</translation>
    </message>
    <message>
        <source>Goods category: id or code.</source>
        <translation>Categoria merceologica: id o codice.</translation>
    </message>
    <message>
        <source>Counted by weight (kg) or by the piece (pz).</source>
        <translation>Contato a peso (kg) o a pezzi (pz).</translation>
    </message>
    <message>
        <source>Weight of one piece in kg (1.5).</source>
        <translation>Peso di un pezzo in kg (1.5).</translation>
    </message>
    <message>
        <source>Pieces per package.</source>
        <translation>Pezzi per collo.</translation>
    </message>
    <message>
        <source>Minimum level: kg, or pieces.</source>
        <translation>Scorta minima: kg, oppure pezzi.</translation>
    </message>
    <message>
        <source>Whether its lots have an expiry date: yes or no.</source>
        <translation>Se i suoi lotti hanno una scadenza: yes oppure no.</translation>
    </message>
    <message>
        <source>Category code.</source>
        <translation>Codice della categoria.</translation>
    </message>
    <message>
        <source>Kind of goods.</source>
        <translation>Tipo di merce.</translation>
    </message>
    <message>
        <source>Kind of donor.</source>
        <translation>Tipo di donatore.</translation>
    </message>
    <message>
        <source>Codice fiscale or partita IVA.</source>
        <translation>Codice fiscale o partita IVA.</translation>
    </message>
    <message>
        <source>Address.</source>
        <translation>Indirizzo.</translation>
    </message>
    <message>
        <source>Contact person.</source>
        <translation>Referente.</translation>
    </message>
    <message>
        <source>Phone.</source>
        <translation>Telefono.</translation>
    </message>
    <message>
        <source>E-mail.</source>
        <translation>E-mail.</translation>
    </message>
    <message>
        <source>Location code.</source>
        <translation>Codice dell'ubicazione.</translation>
    </message>
    <message>
        <source>Kind of place.</source>
        <translation>Tipo di luogo.</translation>
    </message>
    <message>
        <source>Whether receipts and issues go here by default: yes or no.</source>
        <translation>Se carichi e uscite vanno qui in mancanza d'altro: yes oppure no.</translation>
    </message>
    <message>
        <source>creates or changes an item of the warehouse</source>
        <translation>crea o modifica un articolo del magazzino</translation>
    </message>
    <message>
        <source>creates or changes a goods category</source>
        <translation>crea o modifica una categoria merceologica</translation>
    </message>
    <message>
        <source>creates or changes a donor</source>
        <translation>crea o modifica un donatore</translation>
    </message>
    <message>
        <source>creates or changes a warehouse location</source>
        <translation>crea o modifica un'ubicazione del magazzino</translation>
    </message>
    <message>
        <source>lesson book needs --pupil, --subject, --assistant, --date and --hour.</source>
        <translation>lesson book richiede --pupil, --subject, --assistant, --date e --hour.</translation>
    </message>
    <message>
        <source>--date wants a date (dd/mm/yyyy or yyyy-mm-dd).</source>
        <translation>--date richiede una data (gg/mm/aaaa o aaaa-mm-gg).</translation>
    </message>
    <message>
        <source>--hour wants the start hour of the lesson, e.g. 15 or 15:00.</source>
        <translation>--hour richiede l'ora di inizio della lezione, per esempio 15 o 15:00.</translation>
    </message>
    <message>
        <source>Lesson %1 booked: %2.</source>
        <translation>Lezione %1 prenotata: %2.</translation>
    </message>
    <message>
        <source>lesson outcome wants the number of the lesson.</source>
        <translation>lesson outcome richiede il numero della lezione.</translation>
    </message>
    <message>
        <source>--outcome wants given, absent or cancelled.</source>
        <translation>--outcome richiede given (svolta), absent (assente) o cancelled (annullata).</translation>
    </message>
    <message>
        <source>--tutor goes with --outcome given (the tutor who stood in).</source>
        <translation>--tutor va con --outcome given (il tutor che ha sostituito).</translation>
    </message>
    <message>
        <source>Outcome of lesson %1 recorded.</source>
        <translation>Esito della lezione %1 registrato.</translation>
    </message>
    <message>
        <source>lesson cancel wants the number of the lesson.</source>
        <translation>lesson cancel richiede il numero della lezione.</translation>
    </message>
    <message>
        <source>lesson cancel needs --reason TEXT.</source>
        <translation>lesson cancel richiede --reason TESTO.</translation>
    </message>
    <message>
        <source>Lesson %1 cancelled.</source>
        <translation>Lezione %1 annullata.</translation>
    </message>
    <message>
        <source>lesson wants book, outcome ID or cancel ID.</source>
        <translation>lesson richiede book, outcome ID o cancel ID.</translation>
    </message>
    <message>
        <source>books a ConosciAMO lesson, records its outcome or cancels it</source>
        <translation>prenota una lezione di ConosciAMO, ne registra l'esito o la annulla</translation>
    </message>
    <message>
        <source>Code of the pupil.</source>
        <translation>Codice del ragazzo.</translation>
    </message>
    <message>
        <source>Subject: code or name.</source>
        <translation>Materia: codice o nome.</translation>
    </message>
    <message>
        <source>Code of the study assistant.</source>
        <translation>Codice dell'assistente studio.</translation>
    </message>
    <message>
        <source>Day of the lesson.</source>
        <translation>Giorno della lezione.</translation>
    </message>
    <message>
        <source>Start hour of the lesson (15 or 15:00).</source>
        <translation>Ora di inizio della lezione (15 o 15:00).</translation>
    </message>
    <message>
        <source>given, absent or cancelled.</source>
        <translation>given (svolta), absent (assente) o cancelled (annullata).</translation>
    </message>
    <message>
        <source>Code of the tutor who stood in.</source>
        <translation>Codice del tutor che ha sostituito.</translation>
    </message>
    <message>
        <source>A note.</source>
        <translation>Una nota.</translation>
    </message>
    <message>
        <source>Why the lesson is cancelled.</source>
        <translation>Perché la lezione è annullata.</translation>
    </message>
    <message>
        <source>--kind wants association or municipal_group.</source>
        <translation>--kind vuole association oppure municipal_group.</translation>
    </message>
    <message>
        <source>There is no comune «%1» (write its name).</source>
        <translation>Non esiste un comune «%1» (scrivine il nome).</translation>
    </message>
    <message>
        <source>organisation add needs --name and --comune.</source>
        <translation>organisation add richiede --name e --comune.</translation>
    </message>
    <message>
        <source>organisation wants add or edit.</source>
        <translation>organisation vuole add oppure edit.</translation>
    </message>
    <message>
        <source>organisation add takes no id.</source>
        <translation>organisation add non vuole un id.</translation>
    </message>
    <message>
        <source>organisation edit needs the id.</source>
        <translation>organisation edit richiede l'id.</translation>
    </message>
    <message>
        <source>Organisation %1 added: «%2».</source>
        <translation>Organizzazione %1 aggiunta: «%2».</translation>
    </message>
    <message>
        <source>Organisation %1 saved: «%2».</source>
        <translation>Organizzazione %1 salvata: «%2».</translation>
    </message>
    <message>
        <source>event wants add or edit.</source>
        <translation>event vuole add oppure edit.</translation>
    </message>
    <message>
        <source>event add takes no id.</source>
        <translation>event add non vuole un id.</translation>
    </message>
    <message>
        <source>event edit needs the id.</source>
        <translation>event edit richiede l'id.</translation>
    </message>
    <message>
        <source>event add needs --name, --act and --start.</source>
        <translation>event add richiede --name, --act e --start.</translation>
    </message>
    <message>
        <source>--type wants ordinary, national_emergency, covid19 or training.</source>
        <translation>--type vuole ordinary, national_emergency, covid19 oppure training.</translation>
    </message>
    <message>
        <source>Event %1 added: «%2».</source>
        <translation>Evento %1 aggiunto: «%2».</translation>
    </message>
    <message>
        <source>Event %1 saved: «%2».</source>
        <translation>Evento %1 salvato: «%2».</translation>
    </message>
    <message>
        <source>activation record takes no id: use --volunteer and --event.</source>
        <translation>activation record non vuole un id: usa --volunteer e --event.</translation>
    </message>
    <message>
        <source>activation record needs --volunteer, --event, --service and --from.</source>
        <translation>activation record richiede --volunteer, --event, --service e --from.</translation>
    </message>
    <message>
        <source>There is no volunteer «%1» (give the id or the codice fiscale).</source>
        <translation>Non esiste un volontario «%1» (indica l'id o il codice fiscale).</translation>
    </message>
    <message>
        <source>There is no service «%1» (give its name or code).</source>
        <translation>Non esiste un servizio «%1» (indica il nome o il codice).</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>annullato</translation>
    </message>
    <message numerus="yes">
        <source>%n person-days recorded: %1</source>
        <translation>
            <numerusform>%n giornata/persona registrata: %1</numerusform>
            <numerusform>%n giornate/persona registrate: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>activation void needs the id of the day.</source>
        <translation>activation void richiede l'id della giornata.</translation>
    </message>
    <message>
        <source>«%1» is not the id of a day.</source>
        <translation>«%1» non è l'id di una giornata.</translation>
    </message>
    <message>
        <source>activation void needs --reason TEXT.</source>
        <translation>activation void richiede --reason TESTO.</translation>
    </message>
    <message>
        <source>Day %1 voided.</source>
        <translation>Giornata %1 annullata.</translation>
    </message>
    <message>
        <source>activation wants record or void.</source>
        <translation>activation vuole record oppure void.</translation>
    </message>
    <message>
        <source>adds or changes a volunteer organisation (only the options given change)</source>
        <translation>aggiunge o modifica un'organizzazione di volontariato (cambiano solo le opzioni indicate)</translation>
    </message>
    <message>
        <source>Name of the organisation.</source>
        <translation>Nome dell'organizzazione.</translation>
    </message>
    <message>
        <source>Comune of the seat (a comune of the metropolitan city).</source>
        <translation>Comune della sede (un comune della Città metropolitana).</translation>
    </message>
    <message>
        <source>association or municipal_group (default: association).</source>
        <translation>association oppure municipal_group (se manca: association).</translation>
    </message>
    <message>
        <source>Number in the regional registry.</source>
        <translation>Numero di iscrizione all'albo regionale.</translation>
    </message>
    <message>
        <source>Codice fiscale of the organisation.</source>
        <translation>Codice fiscale dell'organizzazione.</translation>
    </message>
    <message>
        <source>Address of the seat.</source>
        <translation>Indirizzo della sede.</translation>
    </message>
    <message>
        <source>Legal representative.</source>
        <translation>Legale rappresentante.</translation>
    </message>
    <message>
        <source>PEC.</source>
        <translation>PEC.</translation>
    </message>
    <message>
        <source>The organisation is no longer active.</source>
        <translation>L'organizzazione non è più attiva.</translation>
    </message>
    <message>
        <source>The organisation is active again.</source>
        <translation>L'organizzazione è di nuovo attiva.</translation>
    </message>
    <message>
        <source>adds or changes an activation event (only the options given change)</source>
        <translation>aggiunge o modifica un evento di attivazione (cambiano solo le opzioni indicate)</translation>
    </message>
    <message>
        <source>Name of the event.</source>
        <translation>Nome dell'evento.</translation>
    </message>
    <message>
        <source>Act that authorises it.</source>
        <translation>Atto che lo autorizza.</translation>
    </message>
    <message>
        <source>First day.</source>
        <translation>Primo giorno.</translation>
    </message>
    <message>
        <source>Last day (none: still open).</source>
        <translation>Ultimo giorno (se manca: ancora aperto).</translation>
    </message>
    <message>
        <source>ordinary, national_emergency, covid19 or training (default: ordinary).</source>
        <translation>ordinary, national_emergency, covid19 oppure training (se manca: ordinary).</translation>
    </message>
    <message>
        <source>The event has no last day yet.</source>
        <translation>L'evento non ha ancora un ultimo giorno.</translation>
    </message>
    <message>
        <source>records activation days on the ledger, or voids one with a reversal</source>
        <translation>registra giornate di attivazione nel registro, o ne annulla una con uno storno</translation>
    </message>
    <message>
        <source>Volunteer (id or codice fiscale); repeat it for a roster.</source>
        <translation>Volontario (id o codice fiscale); ripetilo per un appello.</translation>
    </message>
    <message>
        <source>Event (id or name).</source>
        <translation>Evento (id o nome).</translation>
    </message>
    <message>
        <source>Service (name or code).</source>
        <translation>Servizio (nome o codice).</translation>
    </message>
    <message>
        <source>Last day (default: the first).</source>
        <translation>Ultimo giorno (se manca: il primo).</translation>
    </message>
    <message>
        <source>Comune where the service was done.</source>
        <translation>Comune in cui si è svolto il servizio.</translation>
    </message>
    <message>
        <source>Place of the service.</source>
        <translation>Luogo del servizio.</translation>
    </message>
    <message>
        <source>Organisation (default: each volunteer's own).</source>
        <translation>Organizzazione (se manca: quella di ciascun volontario).</translation>
    </message>
    <message>
        <source>Why the day is voided.</source>
        <translation>Perché la giornata viene annullata.</translation>
    </message>
    <message>
        <source>Void a day already certified by an attestato.</source>
        <translation>Annulla anche una giornata già certificata da un attestato.</translation>
    </message>
    <message>
        <source>--unmet wants carry-over or close.</source>
        <translation>--unmet vuole carry-over o close.</translation>
    </message>
    <message>
        <source>Nothing available in the allocation of %1</source>
        <translation>Nulla disponibile nella ripartizione del %1</translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>Non è stato registrato nulla.</translation>
    </message>
    <message numerus="yes">
        <source>Allocation %1 recorded: %n request(s).</source>
        <translation>
            <numerusform>Ripartizione %1 registrata: %n richiesta.</numerusform>
            <numerusform>Ripartizione %1 registrata: %n richieste.</numerusform>
        </translation>
    </message>
    <message>
        <source>--confirm records an allocation of the requests in the database, not of files.</source>
        <translation>--confirm registra una ripartizione delle richieste nel database, non dei file.</translation>
    </message>
    <message>
        <source>delivery wants load, deliver, return or cancel.</source>
        <translation>delivery vuole load, deliver, return o cancel.</translation>
    </message>
    <message>
        <source>delivery %1 needs the reason: --reason TEXT.</source>
        <translation>delivery %1 richiede il motivo: --reason TESTO.</translation>
    </message>
    <message>
        <source>delivery deliver needs who signed: --signed-by NAME.</source>
        <translation>delivery deliver richiede chi ha firmato: --signed-by NOME.</translation>
    </message>
    <message>
        <source>Delivery %1: %2.</source>
        <translation>Consegna %1: %2.</translation>
    </message>
    <message>
        <source>the equitable allocation of the requests waiting in the database (recorded with --confirm), or a trial on two CSV files</source>
        <translation>la ripartizione equa delle richieste in attesa nel database (registrata con --confirm), o una prova su due file CSV</translation>
    </message>
    <message>
        <source>Day of the allocation (default: today).</source>
        <translation>Giorno della ripartizione (predefinito: oggi).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATA</translation>
    </message>
    <message>
        <source>carry-over (default) or close.</source>
        <translation>carry-over (predefinito) o close.</translation>
    </message>
    <message>
        <source>Records the allocation.</source>
        <translation>Registra la ripartizione.</translation>
    </message>
    <message>
        <source>Notes of the allocation.</source>
        <translation>Note della ripartizione.</translation>
    </message>
    <message>
        <source>loads, delivers (signed), returns or cancels a delivery, by id or DDT number</source>
        <translation>carica, consegna (con firma), rende o annulla una consegna, per id o numero di DDT</translation>
    </message>
    <message>
        <source>Why (return, cancel).</source>
        <translation>Il motivo (return, cancel).</translation>
    </message>
    <message>
        <source>Who signed for the goods (deliver).</source>
        <translation>Chi ha firmato per la merce (deliver).</translation>
    </message>
    <message>
        <source>Day of the signature or of the return (default: today).</source>
        <translation>Giorno della firma o del reso (predefinito: oggi).</translation>
    </message>
    <message>
        <source>%1 now holds the key to callers' data.</source>
        <translation>%1 ora ha la chiave dei dati dei chiamanti.</translation>
    </message>
    <message>
        <source>%1 already held the key to callers' data.</source>
        <translation>%1 aveva già la chiave dei dati dei chiamanti.</translation>
    </message>
    <message>
        <source>gives the key to callers' data to an account that came from another workstation</source>
        <translation>consegna la chiave dei dati dei chiamanti a un account arrivato da un'altra postazione</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>Sala: %1</translation>
    </message>
    <message>
        <source>none (create it with: cisiamo room create --name NAME)</source>
        <translation>nessuna (createla con: cisiamo room create --name NOME)</translation>
    </message>
    <message>
        <source>MISSING: the changes %2-%3 of workstation %1 (database %4) are in no file of the folder; %5 and the files after it wait for them. On workstation %1: cisiamo sync resend --from %2</source>
        <translation>MANCANTE: le modifiche %2-%3 della postazione %1 (database %4) non sono in nessun file della cartella; %5 e i file successivi le attendono. Sulla postazione %1: cisiamo sync resend --from %2</translation>
    </message>
    <message>
        <source>Missing files in %1: %2</source>
        <translation>File mancanti in %1: %2</translation>
    </message>
    <message>
        <source>Say from which change to send again: --from SEQ (a number, as sync status names it on the other workstations).</source>
        <translation>Indicare da quale modifica reinviare: --from SEQ (un numero, come lo indica sync status sulle altre postazioni).</translation>
    </message>
    <message>
        <source>Say where to write: --to DIR (or set a sync folder in the settings).</source>
        <translation>Indicare dove scrivere: --to DIR (oppure impostare una cartella di sincronizzazione nelle impostazioni).</translation>
    </message>
    <message>
        <source>Written again %1</source>
        <translation>Riscritto %1</translation>
    </message>
    <message>
        <source>NOT SENT %1</source>
        <translation>NON REINVIATO %1</translation>
    </message>
    <message>
        <source>sync wants export, import, status, conflicts or resend.</source>
        <translation>sync vuole export, import, status, conflicts o resend.</translation>
    </message>
    <message>
        <source>The sync folder %1 cannot be reached: the ids and the document numbers were moved past those of the restored database plus a safety margin.</source>
        <translation>La cartella di sincronizzazione %1 non è raggiungibile: i codici interni e i numeri dei documenti sono stati portati oltre quelli del database ripristinato, più un margine di sicurezza.</translation>
    </message>
    <message>
        <source>(none configured)</source>
        <translation>(nessuna impostata)</translation>
    </message>
    <message numerus="yes">
        <source>Read %n file(s) of workstation %1 in the sync folder.</source>
        <translation>
            <numerusform>Letto %n file della postazione %1 nella cartella di sincronizzazione.</numerusform>
            <numerusform>Letti %n file della postazione %1 nella cartella di sincronizzazione.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read %1: what it holds was not counted.</source>
        <translation>Impossibile leggere %1: il suo contenuto non è stato considerato.</translation>
    </message>
    <message numerus="yes">
        <source>New ids start after %1; %n document series moved past the numbers already sent.</source>
        <translation>
            <numerusform>I nuovi codici interni partono dopo %1; %n serie di documenti portata oltre i numeri già inviati.</numerusform>
            <numerusform>I nuovi codici interni partono dopo %1; %n serie di documenti portate oltre i numeri già inviati.</numerusform>
        </translation>
    </message>
    <message>
        <source>room join wants --from with a member's database file.</source>
        <translation>room join vuole --from con il file del database di una postazione della sala.</translation>
    </message>
    <message>
        <source>This workstation is in the room "%1": its files are now authenticated with the room's key.</source>
        <translation>Questa postazione fa parte della sala «%1»: i suoi file sono ora autenticati con la chiave della sala.</translation>
    </message>
    <message>
        <source>--name wants the name of the operations room.</source>
        <translation>--name vuole il nome della sala operativa.</translation>
    </message>
    <message>
        <source>Folder to export or send again to (default: the sync folder of the settings).</source>
        <translation>Cartella in cui esportare o reinviare (predefinita: la cartella di sincronizzazione delle impostazioni).</translation>
    </message>
    <message>
        <source>Folder to import from or to check (default: the sync folder of the settings); for resend, the first change to send again.</source>
        <translation>Cartella da cui importare o da controllare (predefinita: la cartella di sincronizzazione delle impostazioni); per resend, la prima modifica da reinviare.</translation>
    </message>
    <message>
        <source>The sync folder whose files show what this workstation already sent (default: the one of the settings).</source>
        <translation>La cartella di sincronizzazione i cui file mostrano cosa questa postazione ha già inviato (predefinita: quella delle impostazioni).</translation>
    </message>
    <message>
        <source> (this workstation)</source>
        <translation> (questa postazione)</translation>
    </message>
    <message>
        <source>joined %1</source>
        <translation>entrata il %1</translation>
    </message>
    <message>
        <source>not in the membership list yet</source>
        <translation>non ancora nell'elenco dei membri</translation>
    </message>
    <message>
        <source>REMOVED %1 by %2, its files valid up to change %3</source>
        <translation>RIMOSSA il %1 da %2, i suoi file valgono fino alla modifica %3</translation>
    </message>
    <message>
        <source>no file written yet</source>
        <translation>nessun file ancora scritto</translation>
    </message>
    <message>
        <source>no file seen yet</source>
        <translation>nessun file ancora ricevuto</translation>
    </message>
    <message>
        <source>last file written %1 (up to change %2, %3)</source>
        <translation>ultimo file scritto %1 (fino alla modifica %2, %3)</translation>
    </message>
    <message>
        <source>last file seen %1 (up to change %2, %3)</source>
        <translation>ultimo file ricevuto %1 (fino alla modifica %2, %3)</translation>
    </message>
    <message>
        <source>COPIED DATABASE: %1</source>
        <translation>DATABASE COPIATO: %1</translation>
    </message>
    <message>
        <source>Members: %1</source>
        <translation>Membri: %1</translation>
    </message>
    <message>
        <source>NUMBER TAKEN: workstation %1 «%2» registered itself with a number another member already has (file %3): its membership waits, and its files are refused as those of a second workstation %1. Give it a free number (cisiamo workstation set --number N on it).</source>
        <translation>NUMERO GIÀ USATO: la postazione %1 «%2» si è registrata con un numero che un altro membro ha già (file %3): la sua iscrizione resta in attesa e i suoi file sono rifiutati come quelli di una seconda postazione %1. Assegnatele un numero libero (cisiamo workstation set --number N su quella postazione).</translation>
    </message>
    <message>
        <source>No sync folder: give one with --from DIR or in the settings.</source>
        <translation>Nessuna cartella di sincronizzazione: indicarla con --from CARTELLA o nelle impostazioni.</translation>
    </message>
    <message>
        <source>room remove wants --workstation N, the number of the member to remove.</source>
        <translation>room remove vuole --workstation N, il numero del membro da rimuovere.</translation>
    </message>
    <message>
        <source>Workstation %1 removed from the room: its files up to change %2 stay valid, later ones are refused by every member that receives this change. The room's key is unchanged: a computer that kept it can still write files in another member's name (README, room remove).</source>
        <translation>Postazione %1 rimossa dalla sala: i suoi file fino alla modifica %2 restano validi, i successivi sono rifiutati da ogni membro che riceve questa modifica. La chiave della sala non cambia: un computer che l'ha conservata può ancora scrivere file a nome di un altro membro (README, room remove).</translation>
    </message>
    <message numerus="yes">
        <source>Removed from %1 %n file(s) of this workstation that every member has.</source>
        <translation>
            <numerusform>Rimosso da %1 %n file di questa postazione che tutte le postazioni hanno già.</numerusform>
            <numerusform>Rimossi da %1 %n file di questa postazione che tutte le postazioni hanno già.</numerusform>
        </translation>
    </message>
    <message>
        <source>Workstation %1 has not acknowledged any change of this one yet</source>
        <translation>La postazione %1 non ha ancora confermato nessuna modifica di questa</translation>
    </message>
    <message>
        <source>Workstation %1 has applied the changes of this one up to %2</source>
        <translation>La postazione %1 ha applicato le modifiche di questa fino alla %2</translation>
    </message>
    <message>
        <source>MISSING: the changes %2-%3 of workstation %1 (database %4) are in no file of the folder, and another workstation has already applied them (the last file was lost). On workstation %1: cisiamo sync resend --from %2; or on a workstation that holds them: cisiamo sync resend --workstation %1 --from %2</source>
        <translation>MANCANTE: le modifiche %2-%3 della postazione %1 (database %4) non sono in nessun file della cartella, ma un'altra postazione le ha già applicate (l'ultimo file è andato perso). Sulla postazione %1: cisiamo sync resend --from %2; oppure su una postazione che le possiede: cisiamo sync resend --workstation %1 --from %2</translation>
    </message>
    <message>
        <source>MISSING: the changes %2-%3 of workstation %1 (database %4) are in no file of the folder; %5 and the files after it wait for them. On workstation %1: cisiamo sync resend --from %2; or on a workstation that holds them: cisiamo sync resend --workstation %1 --from %2</source>
        <translation>MANCANTE: le modifiche %2-%3 della postazione %1 (database %4) non sono in nessun file della cartella; %5 e i file successivi le attendono. Sulla postazione %1: cisiamo sync resend --from %2; oppure su una postazione che le possiede: cisiamo sync resend --workstation %1 --from %2</translation>
    </message>
    <message>
        <source>Say whose files to send again: --workstation N (a workstation number).</source>
        <translation>Indicare di quale postazione reinviare i file: --workstation N (un numero di postazione).</translation>
    </message>
    <message>
        <source>Passphrase of the invitation: </source>
        <translation>Frase segreta dell'invito: </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>Ripetere la frase segreta: </translation>
    </message>
    <message>
        <source>room invite wants --out with the invitation file to write.</source>
        <translation>room invite richiede --out con il file dell'invito da scrivere.</translation>
    </message>
    <message numerus="yes">
        <source>Invitation written to %1 (%n workstation(s) in the room). Give it to the new workstation with the passphrase, separately; it joins with: cisiamo --db NEW.sqlite room join FILE --workstation N</source>
        <translation>
            <numerusform>Invito scritto in %1 (%n postazione nella sala). Consegnarlo alla nuova postazione insieme alla frase segreta, per vie separate; la postazione entra con: cisiamo --db NUOVO.sqlite room join FILE --workstation N</numerusform>
            <numerusform>Invito scritto in %1 (%n postazioni nella sala). Consegnarlo alla nuova postazione insieme alla frase segreta, per vie separate; la postazione entra con: cisiamo --db NUOVO.sqlite room join FILE --workstation N</numerusform>
        </translation>
    </message>
    <message>
        <source>room join FILE wants --workstation with this workstation's number.</source>
        <translation>room join FILE richiede --workstation con il numero di questa postazione.</translation>
    </message>
    <message>
        <source>Database %1 created: workstation %2 of the room "%3", invited by workstation %4. Set the sync folder and synchronise.</source>
        <translation>Database %1 creato: postazione %2 della sala "%3", invitata dalla postazione %4. Impostare la cartella di sincronizzazione e sincronizzare.</translation>
    </message>
    <message>
        <source>room join takes an invitation FILE or --from MEMBER.sqlite, not both.</source>
        <translation>room join accetta un FILE di invito oppure --from MEMBRO.sqlite, non entrambi.</translation>
    </message>
    <message>
        <source>Room "%1" created. The other workstations join it with an invitation: cisiamo room invite --out FILE.</source>
        <translation>Sala "%1" creata. Le altre postazioni vi entrano con un invito: cisiamo room invite --out FILE.</translation>
    </message>
    <message>
        <source>For resend: send again the files of this other workstation kept here (relay).</source>
        <translation>Per resend: reinvia i file di quest'altra postazione conservati qui (inoltro).</translation>
    </message>
    <message>
        <source>Name of the room (create) or of this workstation (join FILE).</source>
        <translation>Nome della sala (create) o di questa postazione (join FILE).</translation>
    </message>
    <message>
        <source>A member's database file, from which only the room's name and key are read; for status, the sync folder to check (default: the one of the settings).</source>
        <translation>Il file del database di un membro, da cui si leggono solo il nome e la chiave della sala; per status, la cartella di sincronizzazione da controllare (predefinita: quella delle impostazioni).</translation>
    </message>
    <message>
        <source>The number of the new workstation (join FILE: not used by any member of the room), or of the member to remove.</source>
        <translation>Il numero della nuova postazione (join FILE: non usato da alcun membro della sala), o del membro da rimuovere.</translation>
    </message>
    <message numerus="yes">
        <source>  %1: %2 – %3, %n day(s), closed on %4</source>
        <translation>
            <numerusform>  %1: %2 – %3, %n giornata, scaduto il %4</numerusform>
            <numerusform>  %1: %2 – %3, %n giornate, scaduto il %4</numerusform>
        </translation>
    </message>
    <message>
        <source>  ... and %1 more (column reimbursement_closed of the index).</source>
        <translation>  ... e altri %1 (colonna reimbursement_closed dell'indice).</translation>
    </message>
    <message numerus="yes">
        <source>%n attestato(s) issued after the reimbursement window closed: each says so.</source>
        <translation>
            <numerusform>%n attestato emesso dopo la scadenza del termine di rimborso: lo dice.</numerusform>
            <numerusform>%n attestati emessi dopo la scadenza del termine di rimborso: ciascuno lo dice.</numerusform>
        </translation>
    </message>
    <message>
        <source>imports volunteer organisations from CSV (all or nothing; a name on record is updated)</source>
        <translation>importa le organizzazioni di volontariato da CSV (tutto o niente; un nome già registrato viene aggiornato)</translation>
    </message>
    <message>
        <source>Language of the program: it or en (default: the one chosen in the settings, else the system's).</source>
        <translation>Lingua del programma: it o en (predefinita: quella scelta nelle impostazioni, altrimenti quella del sistema).</translation>
    </message>
    <message>
        <source>Technical log: write from this level on, and show those lines on stderr too (the log file is in the data folder, log/cisiamo.log).</source>
        <translation>Registro tecnico: scrive da questo livello in su e mostra quelle righe anche su stderr (il file del registro è nella cartella dei dati, log/cisiamo.log).</translation>
    </message>
    <message>
        <source>--format wants csv, html, pdf or xlsx.</source>
        <translation>--format vuole csv, html, pdf o xlsx.</translation>
    </message>
    <message>
        <source>An Excel workbook needs a file: add --out FILE.</source>
        <translation>Un file Excel ha bisogno di un nome: aggiungere --out FILE.</translation>
    </message>
    <message>
        <source>These options can come before or after the command, each once.</source>
        <translation>Queste opzioni si possono dare prima o dopo il comando, una volta sola ciascuna.</translation>
    </message>
    <message>
        <source>Backup written: %1 (%2)</source>
        <translation>Copia di sicurezza scritta: %1 (%2)</translation>
    </message>
    <message>
        <source>csv (default), html, pdf or xlsx (Excel).</source>
        <translation>csv (predefinito), html, pdf o xlsx (Excel).</translation>
    </message>
    <message>
        <source>Dry run: %1 in %2, %3 kg; %4. Nothing was written.</source>
        <translation>Prova: %1 in %2, %3 kg; %4. Non è stato scritto nulla.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n riga</numerusform>
            <numerusform>%n righe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n richiesta</numerusform>
            <numerusform>%n richieste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) already imported</source>
        <translation>
            <numerusform>%n prenotazione già importata</numerusform>
            <numerusform>%n prenotazioni già importate</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1 with %2, %3 kg; %4.</source>
        <translation>Importazione completata: %1 con %2, %3 kg; %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) already imported were skipped</source>
        <translation>
            <numerusform>%n prenotazione già importata è stata saltata</numerusform>
            <numerusform>%n prenotazioni già importate sono state saltate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies)</source>
        <translation>
            <numerusform>%n consegna</numerusform>
            <numerusform>%n consegne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) already recorded</source>
        <translation>
            <numerusform>%n documento già registrato</numerusform>
            <numerusform>%n documenti già registrati</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded: %1 with %2, %3 kg; %4.</source>
        <translation>Registrazione completata: %1 con %2, %3 kg; %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n past delivery(ies)</source>
        <translation>
            <numerusform>%n consegna passata</numerusform>
            <numerusform>%n consegne passate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) already recorded were skipped</source>
        <translation>
            <numerusform>%n documento già registrato è stato saltato</numerusform>
            <numerusform>%n documenti già registrati sono stati saltati</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: %1 in %2, %3 kg, %4. Nothing was written.</source>
        <translation>Prova: %1 in %2, %3 kg, %4. Non è stato scritto nulla.</translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s)</source>
        <translation>
            <numerusform>%n carico</numerusform>
            <numerusform>%n carichi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new donor(s)</source>
        <translation>
            <numerusform>%n nuovo donatore</numerusform>
            <numerusform>%n nuovi donatori</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1 with %2, %3 kg; %4; %5.</source>
        <translation>Importazione completata: %1 con %2, %3 kg; %4; %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) written off as expired</source>
        <translation>
            <numerusform>%n riga scartata perché scaduta</numerusform>
            <numerusform>%n righe scartate perché scadute</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1 was given twice with different values (%2): give it once.</source>
        <translation>--%1 è stato dato due volte con valori diversi (%2): indicarlo una volta sola.</translation>
    </message>
    <message>
        <source>--lang takes it or en, not «%1».</source>
        <translation>--lang accetta it o en, non «%1».</translation>
    </message>
    <message>
        <source>%1: %2 in %3; nothing was written.</source>
        <translation>%1: %2 in %3; non è stato scritto nulla.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problema</numerusform>
            <numerusform>%n problemi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n riga</numerusform>
            <numerusform>%n righe</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, no problems: %3 to create, %4 to update. Dry run: nothing was written.</source>
        <translation>%1: %2, nessun problema: %3 da creare, %4 da aggiornare. Prova: non è stato scritto nulla.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) checked</source>
        <translation>
            <numerusform>%n riga controllata</numerusform>
            <numerusform>%n righe controllate</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2: %3, %4, %5.</source>
        <translation>%1: %2: %3, %4, %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) imported</source>
        <translation>
            <numerusform>%n riga importata</numerusform>
            <numerusform>%n righe importate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>%n creato</numerusform>
            <numerusform>%n creati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n aggiornato</numerusform>
            <numerusform>%n aggiornati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outcome(s) recorded</source>
        <translation>
            <numerusform>%n esito registrato</numerusform>
            <numerusform>%n esiti registrati</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1 in %2 to %3.</source>
        <translation>Esportazione in %3: %1 in %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n modifica</numerusform>
            <numerusform>%n modifiche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n file</numerusform>
        </translation>
    </message>
    <message>
        <source>Applied %1 (workstation %2): %3, %4, %5, %6, %7</source>
        <translation>Applicato %1 (postazione %2): %3, %4, %5, %6, %7</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) written</source>
        <translation>
            <numerusform>%n modifica scritta</numerusform>
            <numerusform>%n modifiche scritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already here</source>
        <translation>
            <numerusform>%n già presente</numerusform>
            <numerusform>%n già presenti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older than here</source>
        <translation>
            <numerusform>%n meno recente di quella qui</numerusform>
            <numerusform>%n meno recenti di quelle qui</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n in attesa</numerusform>
            <numerusform>%n in attesa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflitto</numerusform>
            <numerusform>%n conflitti</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 from %2: %3, %4; %5, %6, %7; %8.</source>
        <translation>Importazione da %2: %1; %3, %4; %5, %6, %7; %8.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) logged</source>
        <translation>
            <numerusform>%n conflitto registrato</numerusform>
            <numerusform>%n conflitti registrati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already applied</source>
        <translation>
            <numerusform>%n file già applicato</numerusform>
            <numerusform>%n file già applicati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused</source>
        <translation>
            <numerusform>%n file rifiutato</numerusform>
            <numerusform>%n file rifiutati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) waiting</source>
        <translation>
            <numerusform>%n file in attesa</numerusform>
            <numerusform>%n file in attesa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting for rows not yet received</source>
        <translation>
            <numerusform>%n modifica in attesa di dati non ancora arrivati</numerusform>
            <numerusform>%n modifiche in attesa di dati non ancora arrivati</numerusform>
        </translation>
    </message>
    <message>
        <source>From workstation %1 %2: %3, %4, up to %5, last %6</source>
        <translation>Dalla postazione %1 %2: %3, %4, fino alla %5, ultima ricezione %6</translation>
    </message>
    <message>
        <source>Sent again to %1: %2; %3, %4.</source>
        <translation>Reinvio in %1: %2; %3, %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n già presente</numerusform>
            <numerusform>%n già presenti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without an intact copy here</source>
        <translation>
            <numerusform>%n senza una copia integra su questa postazione</numerusform>
            <numerusform>%n senza una copia integra su questa postazione</numerusform>
        </translation>
    </message>
    <message>
        <source>Open data of %1: %2, %3 kg of food.</source>
        <translation>Dati aperti di %1: %2, %3 kg di alimenti.</translation>
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
            <numerusform>%n distribuzione</numerusform>
            <numerusform>%n distribuzioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reimbursement window closed (art. 39, two years): %n attestato(s) for %1 will tell the employer it is too late to claim:</source>
        <translation>
            <numerusform>Termine per il rimborso scaduto (art. 39, due anni): %n attestato per %1 dirà al datore di lavoro che è troppo tardi per chiederlo:</numerusform>
            <numerusform>Termine per il rimborso scaduto (art. 39, due anni): %n attestati per %1 diranno al datore di lavoro che è troppo tardi per chiederlo:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person-day(s)</source>
        <translation>
            <numerusform>%n giornata/persona</numerusform>
            <numerusform>%n giornate/persona</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attestato(s) issued (%1 – %2) in %3 s; PDF files in %4, index %5</source>
        <translation>
            <numerusform>%Ln attestato emesso (%1 – %2) in %3 s; file PDF in %4, indice %5</numerusform>
            <numerusform>%Ln attestati emessi (%1 – %2) in %3 s; file PDF in %4, indice %5</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3.</source>
        <translation>%1: %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) read</source>
        <translation>
            <numerusform>%n riga letta</numerusform>
            <numerusform>%n righe lette</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n volunteer(s) added</source>
        <translation>
            <numerusform>%n volontario aggiunto</numerusform>
            <numerusform>%n volontari aggiunti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) added</source>
        <translation>
            <numerusform>%n organizzazione aggiunta</numerusform>
            <numerusform>%n organizzazioni aggiunte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) updated</source>
        <translation>
            <numerusform>%n organizzazione aggiornata</numerusform>
            <numerusform>%n organizzazioni aggiornate</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n person-day(s) added</source>
        <translation>
            <numerusform>%n giornata/persona aggiunta</numerusform>
            <numerusform>%n giornate/persona aggiunte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vehicle(s) added</source>
        <translation>
            <numerusform>%n mezzo aggiunto</numerusform>
            <numerusform>%n mezzi aggiunti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of equipment added</source>
        <translation>
            <numerusform>%n attrezzatura aggiunta</numerusform>
            <numerusform>%n attrezzature aggiunte</numerusform>
        </translation>
    </message>
    <message>
        <source>imports Colonna Mobile vehicles from CSV (all or nothing; a plate on record is updated)</source>
        <translation>importa i mezzi della Colonna Mobile da CSV (tutto o niente; una targa già registrata viene aggiornata)</translation>
    </message>
    <message>
        <source>imports Colonna Mobile equipment from CSV (all or nothing; a serial number on record is updated)</source>
        <translation>importa le attrezzature della Colonna Mobile da CSV (tutto o niente; una matricola già registrata viene aggiornata)</translation>
    </message>
    <message>
        <source>Only this event (its id), for reports of one event (room-diary, sitrep).</source>
        <translation>Solo questo evento (il suo id), per i report di un evento (room-diary, sitrep).</translation>
    </message>
    <message>
        <source>Only the comuni of this zona omogenea, for reports by comune (emergency-plans).</source>
        <translation>Solo i comuni di questa zona omogenea, per i report per comune (emergency-plans).</translation>
    </message>
    <message>
        <source>Only this organisation (its id), e.g. renewal-activity.</source>
        <translation>Solo questa organizzazione (il suo id), p.es. renewal-activity.</translation>
    </message>
    <message>
        <source>The year, e.g. renewal-activity.</source>
        <translation>L'anno, p.es. renewal-activity.</translation>
    </message>
    <message>
        <source>The Colonna Mobile module (its id or name), for departure-checklist.</source>
        <translation>Il modulo della Colonna Mobile (id o nome), per departure-checklist.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Errore: %1</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4.</source>
        <translation>%1: %2, %3, %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) added</source>
        <translation>
            <numerusform>%n piano aggiunto</numerusform>
            <numerusform>%n piani aggiunti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n invariato</numerusform>
            <numerusform>%n invariati</numerusform>
        </translation>
    </message>
    <message>
        <source>imports the states of the comuni's emergency plans from CSV (all or nothing; one line per comune)</source>
        <translation>importa lo stato dei piani di emergenza dei comuni da CSV (tutto o niente; una riga per comune)</translation>
    </message>
    <message>
        <source>Circular %1: %2 and %3 in %4.</source>
        <translation>Circolare %1: %2 e %3 in %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation><numerusform>%n lettera</numerusform><numerusform>%n lettere</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) ready to send</source>
        <translation><numerusform>%n messaggio pronto da inviare</numerusform><numerusform>%n messaggi pronti da inviare</numerusform></translation>
    </message>
    <message>
        <source>Without PEC, letter only: %1.</source>
        <translation>Senza PEC, solo lettera: %1.</translation>
    </message>
    <message>
        <source>circular: the text of the letter, a UTF-8 file with merge fields such as {comune} and {sindaco}.</source>
        <translation>circular: il testo della lettera, un file UTF-8 con campi di unione come {comune} e {sindaco}.</translation>
    </message>
    <message>
        <source>circular: the subject (merge fields allowed).</source>
        <translation>circular: l'oggetto (con campi di unione, se serve).</translation>
    </message>
    <message>
        <source>circular: all the 133 comuni, those of a zona omogenea, or those of an event.</source>
        <translation>circular: tutti i 133 comuni, quelli di una zona omogenea o quelli di un evento.</translation>
    </message>
    <message>
        <source>circular: the event named by {evento}.</source>
        <translation>circular: l'evento nominato da {evento}.</translation>
    </message>
    <message>
        <source>circular: the date of the protocol (default: today).</source>
        <translation>circular: la data di protocollo (predefinita: oggi).</translation>
    </message>
    <message>
        <source>circular: the folder where the circular's own folder of letters and messages is made.</source>
        <translation>circular: la cartella in cui si crea la cartella della circolare, con le lettere e i messaggi.</translation>
    </message>
    <message>
        <source>circular: writes what a registered circular still lacks (stopped, or a write failed).</source>
        <translation>circular: scrive ciò che manca a una circolare protocollata (interrotta, o con una scrittura non riuscita).</translation>
    </message>
    <message>
        <source>circulars: csv (default), html, pdf or xlsx.</source>
        <translation>circulars: csv (predefinito), html, pdf o xlsx.</translation>
    </message>
    <message>
        <source>room circular --complete NUMBER takes no other option: the circular is written as it was registered.</source>
        <translation>room circular --complete NUMERO non vuole altre opzioni: la circolare si scrive come è stata protocollata.</translation>
    </message>
    <message>
        <source>Circular %1 is complete: nothing to write.</source>
        <translation>La circolare %1 è completa: niente da scrivere.</translation>
    </message>
    <message>
        <source>room circular wants --to all, --to zone:NAME (a zona omogenea) or --to event:ID.</source>
        <translation>room circular vuole --to all, --to zone:NOME (una zona omogenea) o --to event:ID.</translation>
    </message>
    <message>
        <source>room circular wants --template FILE, --subject TEXT and --output DIR.</source>
        <translation>room circular vuole --template FILE, --subject TESTO e --output CARTELLA.</translation>
    </message>
    <message>
        <source>--event wants the number of an event (the same as --to event:ID).</source>
        <translation>--event vuole il numero di un evento (lo stesso di --to event:ID).</translation>
    </message>
    <message>
        <source>--date wants a date (dd/MM/yyyy or yyyy-MM-dd).</source>
        <translation>--date vuole una data (gg/mm/aaaa o aaaa-mm-gg).</translation>
    </message>
    <message>
        <source>The circular %1 is in the register without letters: cisiamo room circular --complete %1 writes them.</source>
        <translation>La circolare %1 è a protocollo senza lettere: cisiamo room circular --complete %1 le scrive.</translation>
    </message>
    <message>
        <source>room wants create, invite, join, status, remove, circular or circulars.</source>
        <translation>room vuole create, invite, join, status, remove, circular o circulars.</translation>
    </message>
    <message>
        <source>creates the operations room whose key authenticates every sync file, invites a new workstation, joins the room, lists its members or removes one; prepares a circular to the mayors and lists the circulars' sendings</source>
        <translation>crea la sala operativa, la cui chiave autentica ogni file di sincronizzazione, invita una nuova postazione, vi aggiunge questa postazione, ne elenca i membri o ne rimuove uno; prepara una circolare ai sindaci ed elenca gli invii delle circolari</translation>
    </message>
    <message>
        <source>The invitation file to write; for circulars, the file of the list (default: standard output).</source>
        <translation>Il file dell'invito da scrivere; per circulars, il file dell'elenco (predefinito: l'uscita standard).</translation>
    </message>
    <message>
        <source>training-certificate needs the participant: --participant ID (the number shown in Volontari › Formazione).</source>
        <translation>training-certificate vuole il partecipante: --participant ID (il numero che si vede in Volontari › Formazione).</translation>
    </message>
    <message>
        <source>A certificate is written as pdf or html.</source>
        <translation>Un attestato si scrive in pdf o html.</translation>
    </message>
    <message>
        <source>writes one participant's course certificate, issuing it first when it is not yet</source>
        <translation>scrive l'attestato di corso di un partecipante, rilasciandolo prima se non lo è ancora</translation>
    </message>
    <message>
        <source>The participant (its number).</source>
        <translation>Il partecipante (il suo numero).</translation>
    </message>
    <message>
        <source>Day of issue, when it is issued now (default: the edition's last day, or today).</source>
        <translation>Giorno di rilascio, se viene rilasciato ora (predefinito: l'ultimo giorno dell'edizione, o oggi).</translation>
    </message>
    <message>
        <source>pdf (default) or html.</source>
        <translation>pdf (predefinito) o html.</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation>File di uscita.</translation>
    </message>
    <message>
        <source>deployment record takes no argument: use the options.</source>
        <translation>deployment record non vuole argomenti: usate le opzioni.</translation>
    </message>
    <message>
        <source>deployment record needs --event, --service, --scope, --requested-by and --from.</source>
        <translation>deployment record vuole --event, --service, --scope, --requested-by e --from.</translation>
    </message>
    <message>
        <source>--scope wants province, outside_province or national.</source>
        <translation>--scope vuole province, outside_province o national.</translation>
    </message>
    <message>
        <source>There is no module «%1» (give its id or name).</source>
        <translation>Non c'è il modulo «%1» (indicatene l'id o il nome).</translation>
    </message>
    <message>
        <source>«%1»: the km after the plate are a whole number (PLATE:KM).</source>
        <translation>«%1»: i km dopo la targa sono un numero intero (TARGA:KM).</translation>
    </message>
    <message>
        <source>There is no vehicle with the plate «%1».</source>
        <translation>Non c'è un mezzo con la targa «%1».</translation>
    </message>
    <message>
        <source>There is no equipment with the serial number «%1».</source>
        <translation>Non c'è un'attrezzatura con la matricola «%1».</translation>
    </message>
    <message>
        <source>Deployment %1 recorded: %2, %3, %4, %5.</source>
        <translation>Impiego %1 registrato: %2, %3, %4, %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n vehicle(s)</source>
        <translation><numerusform>%n mezzo</numerusform><numerusform>%n mezzi</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of equipment</source>
        <translation><numerusform>%n attrezzatura</numerusform><numerusform>%n attrezzature</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n volunteer(s)</source>
        <translation><numerusform>%n volontario</numerusform><numerusform>%n volontari</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Sent though not fit, with the reason given: %n vehicle(s) or piece(s).</source>
        <translation><numerusform>Partito benché non idoneo, con il motivo indicato: %n mezzo o attrezzatura.</numerusform><numerusform>Partiti benché non idonei, con il motivo indicato: %n mezzi o attrezzature.</numerusform></translation>
    </message>
    <message>
        <source>deployment wants record (the list is «report deployments»).</source>
        <translation>deployment vuole record (l'elenco è «report deployments»).</translation>
    </message>
    <message>
        <source>records a deployment of the Colonna Mobile (modules, vehicles, equipment, volunteers)</source>
        <translation>registra un impiego della Colonna Mobile (moduli, mezzi, attrezzature, volontari)</translation>
    </message>
    <message>
        <source>Service of the volunteers' days (name or code).</source>
        <translation>Servizio dei giorni dei volontari (nome o codice).</translation>
    </message>
    <message>
        <source>province, outside_province or national.</source>
        <translation>province (in provincia), outside_province (fuori provincia) o national (nazionale).</translation>
    </message>
    <message>
        <source>The body that asked for the deployment.</source>
        <translation>L'ente che ha chiesto l'impiego.</translation>
    </message>
    <message>
        <source>Module of the Colonna Mobile (id or name); repeat it.</source>
        <translation>Modulo della Colonna Mobile (id o nome); ripetibile.</translation>
    </message>
    <message>
        <source>Vehicle by plate, with the km driven after a colon; repeat it.</source>
        <translation>Mezzo per targa, con i km percorsi dopo i due punti; ripetibile.</translation>
    </message>
    <message>
        <source>Equipment by serial number; repeat it.</source>
        <translation>Attrezzatura per matricola; ripetibile.</translation>
    </message>
    <message>
        <source>Volunteer (id or codice fiscale); repeat it.</source>
        <translation>Volontario (id o codice fiscale); ripetibile.</translation>
    </message>
    <message>
        <source>Comune where the deployment goes.</source>
        <translation>Comune dove si va.</translation>
    </message>
    <message>
        <source>Place of the deployment.</source>
        <translation>Luogo dell'impiego.</translation>
    </message>
    <message>
        <source>Why vehicles or equipment not fit (out of service, revision due...) go anyway.</source>
        <translation>Perché mezzi o attrezzature non idonei (fuori servizio, revisione scaduta...) partono comunque.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(vuoto)</translation>
    </message>
    <message>
        <source>workstation %1%2, %3</source>
        <translation>postazione %1%2, %3</translation>
    </message>
    <message>
        <source>Workstation %1</source>
        <translation>Postazione %1</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Esaminato</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Ripristinato</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Da esaminare</translation>
    </message>
    <message>
        <source>Edited on two workstations</source>
        <translation>Modificato su due postazioni</translation>
    </message>
    <message>
        <source>Edited and deleted</source>
        <translation>Modificato ed eliminato</translation>
    </message>
    <message>
        <source>Deleted, then put back</source>
        <translation>Eliminato, poi rimesso</translation>
    </message>
    <message>
        <source>Deletion not applied</source>
        <translation>Eliminazione non applicata</translation>
    </message>
    <message>
        <source>Register entry differs</source>
        <translation>Registrazione diversa</translation>
    </message>
    <message>
        <source>%1, record %2</source>
        <translation>%1, record %2</translation>
    </message>
    <message>
        <source>%1 was changed on two workstations before they could exchange their data. The latest change was kept (%2); the other (%3) was discarded. Its values are below.</source>
        <translation>%1 è stato modificato su due postazioni prima che potessero scambiarsi i dati. È stata tenuta la modifica più recente (%2); l'altra (%3) è stata scartata. I suoi valori sono qui sotto.</translation>
    </message>
    <message>
        <source>%1 was deleted (%3), but it had been changed later (%2): the record was kept.</source>
        <translation>%1 è stato eliminato (%3), ma era stato modificato dopo (%2): il record è stato tenuto.</translation>
    </message>
    <message>
        <source>%1 was deleted (%2) after a change made elsewhere (%3): the deletion was kept and the changed values are below.</source>
        <translation>%1 è stato eliminato (%2) dopo una modifica fatta altrove (%3): l'eliminazione è stata tenuta e i valori modificati sono qui sotto.</translation>
    </message>
    <message>
        <source>%1 had been deleted (%3) but a later change put it back (%2).</source>
        <translation>%1 era stato eliminato (%3) ma una modifica successiva l'ha rimesso (%2).</translation>
    </message>
    <message>
        <source>The deletion of %1 (%3) was not applied here: other records on this workstation still refer to it. It was kept, and sent back to every workstation.</source>
        <translation>L'eliminazione di %1 (%3) non è stata applicata qui: altri record di questa postazione vi fanno ancora riferimento. È stato tenuto e rimandato a tutte le postazioni.</translation>
    </message>
    <message>
        <source>%1 is a register entry, which is never rewritten: the one from %3 differs from the one here, which was kept (%2). Check which is right and correct it with a new entry.</source>
        <translation>%1 è una registrazione, che non si riscrive mai: quella arrivata da %3 è diversa da quella qui, che è stata tenuta (%2). Verificare quale è giusta e correggere con una nuova registrazione.</translation>
    </message>
    <message>
        <source>Settled by %1 on %2.</source>
        <translation>Chiuso da %1 il %2.</translation>
    </message>
    <message>
        <source>Synchronisation conflicts</source>
        <translation>Conflitti di sincronizzazione</translation>
    </message>
    <message>
        <source>All, including reviewed</source>
        <translation>Tutti, anche quelli esaminati</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Rilevato</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dati</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Cosa è successo</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Tenuta</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Scartata</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Tick the discarded values to restore; leave the others as they are.</source>
        <translation>Spuntare i valori scartati da ripristinare; lasciare gli altri come sono.</translation>
    </message>
    <message>
        <source>&amp;Keep what was kept</source>
        <translation>&amp;Tieni quanto conservato</translation>
    </message>
    <message>
        <source>Mark the conflict as reviewed: the data stays as it is.</source>
        <translation>Segna il conflitto come esaminato: i dati restano come sono.</translation>
    </message>
    <message>
        <source>&amp;Restore the discarded values</source>
        <translation>&amp;Ripristina i valori scartati</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostra:</translation>
    </message>
    <message>
        <source>When two workstations change the same data before exchanging it, the latest change is kept everywhere and the other is listed here, so that nothing is lost without you knowing.</source>
        <translation>Quando due postazioni modificano gli stessi dati prima di scambiarseli, ovunque si tiene la modifica più recente e l'altra viene elencata qui: nulla va perso a vostra insaputa.</translation>
    </message>
    <message>
        <source>No conflicts to review.</source>
        <translation>Nessun conflitto da esaminare.</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Nessun conflitto.</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(eliminato)</translation>
    </message>
    <message>
        <source>&amp;Delete the record after all</source>
        <translation>&amp;Elimina comunque il record</translation>
    </message>
    <message>
        <source>&amp;Put the record back</source>
        <translation>&amp;Rimetti il record</translation>
    </message>
    <message>
        <source>&amp;Restore the ticked values</source>
        <translation>&amp;Ripristina i valori spuntati</translation>
    </message>
    <message>
        <source>Tick at least one value to restore.</source>
        <translation>Spuntare almeno un valore da ripristinare.</translation>
    </message>
    <message>
        <source>Delete this record on every workstation?</source>
        <translation>Eliminare questo record su tutte le postazioni?</translation>
    </message>
    <message>
        <source>Put this record back on every workstation?</source>
        <translation>Rimettere questo record su tutte le postazioni?</translation>
    </message>
    <message>
        <source>Restore the ticked values on every workstation?</source>
        <translation>Ripristinare i valori spuntati su tutte le postazioni?</translation>
    </message>
    <message>
        <source>%1, «%2» (record %3)</source>
        <translation>%1, «%2» (record %3)</translation>
    </message>
    <message>
        <source>Kept value (now in the data)</source>
        <translation>Valore tenuto (ora nei dati)</translation>
    </message>
    <message>
        <source>Discarded value</source>
        <translation>Valore scartato</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflitto</numerusform>
            <numerusform>%Ln conflitti</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the conflict…</source>
        <translation>Lettura del conflitto in corso…</translation>
    </message>
    <message>
        <source>%1 was loaded or delivered on one workstation (%2) and cancelled on another (%3) before they exchanged their data. The goods had left: the delivery stays loaded or delivered and the cancellation was set aside. Check with the recipient.</source>
        <translation>%1 è stata caricata o consegnata su una postazione (%2) e annullata su un'altra (%3) prima che si scambiassero i dati. La merce era partita: la consegna resta caricata o consegnata e l'annullamento è stato messo da parte. Verificate con il destinatario.</translation>
    </message>
    <message>
        <source>%1 was returned on two workstations (%2 and %3). Its goods came back once: the second return was reversed in the stock, and the first one counts.</source>
        <translation>%1 è stata resa su due postazioni (%2 e %3). La merce è rientrata una volta sola: il secondo reso è stato stornato dal magazzino e vale il primo.</translation>
    </message>
    <message>
        <source>%1 was cancelled on one workstation while its goods were loaded or delivered on another: the request follows its deliveries. Cancel it again if it must be closed.</source>
        <translation>%1 è stata annullata su una postazione mentre la sua merce veniva caricata o consegnata su un'altra: la richiesta segue le sue consegne. Annullatela di nuovo se va chiusa.</translation>
    </message>
    <message>
        <source>%1 certifies days already certified by an attestato issued earlier on another workstation (%2). It is void (%3): it is not printed again nor sent to the region, and the days only it certified are to be certified again.</source>
        <translation>%1 certifica giornate già certificate da un attestato emesso prima su un'altra postazione (%2). È annullato (%3): non viene più stampato né inviato alla Regione, e le giornate certificate solo da esso sono di nuovo da certificare.</translation>
    </message>
    <message>
        <source>%1: the volunteer was recorded on the same day in two services, on two workstations (%2 and %3). Void the wrong day in the activation ledger.</source>
        <translation>%1: il volontario è stato registrato nello stesso giorno in due servizi, su due postazioni (%2 e %3). Annullate la giornata sbagliata nel registro delle attivazioni.</translation>
    </message>
    <message>
        <source>%1: the pupil was booked in the same hour with two assistants, on two workstations (%2 and %3). Cancel one of the two lessons.</source>
        <translation>%1: l'alunno è stato prenotato nella stessa ora con due assistenti, su due postazioni (%2 e %3). Annullate una delle due lezioni.</translation>
    </message>
    <message>
        <source>%1: two workstations recorded operations that cannot both stand; the merge kept %2 and set aside %3.</source>
        <translation>%1: due postazioni hanno registrato operazioni che non possono valere entrambe; l'unione ha tenuto %2 e messo da parte %3.</translation>
    </message>
    <message>
        <source>%1 was loaded on two workstations (%2 and %3): its goods were issued twice. They left once: the second load was reversed in the stock, and the first one counts. Check that the goods on the vehicle are those of one load.</source>
        <translation>%1 è stata caricata su due postazioni (%2 e %3): la merce è stata scaricata due volte dal magazzino. È uscita una volta sola: il secondo carico è stato stornato in magazzino e vale il primo. Verificate che la merce sul mezzo sia quella di un solo carico.</translation>
    </message>
</context>
<context>
    <name>CoreTableTitles</name>
    <message>
        <source>Comuni of Italy</source>
        <translation>Comuni d'Italia</translation>
    </message>
    <message>
        <source>Comuni: details and contacts</source>
        <translation>Comuni: dati e contatti</translation>
    </message>
    <message>
        <source>Comuni: other names</source>
        <translation>Comuni: altri nomi</translation>
    </message>
    <message>
        <source>Reference places</source>
        <translation>Luoghi di riferimento</translation>
    </message>
    <message>
        <source>Goods categories</source>
        <translation>Categorie di beni</translation>
    </message>
    <message>
        <source>Volunteer services</source>
        <translation>Servizi dei volontari</translation>
    </message>
    <message>
        <source>Study support subjects</source>
        <translation>Materie del sostegno allo studio</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Scuole</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro delle attività</translation>
    </message>
    <message>
        <source>Operator accounts</source>
        <translation>Account degli operatori</translation>
    </message>
    <message>
        <source>Protected data keys</source>
        <translation>Chiavi dei dati protetti</translation>
    </message>
    <message>
        <source>Access to protected data</source>
        <translation>Accessi ai dati protetti</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>File importati</translation>
    </message>
    <message>
        <source>Room members</source>
        <translation>Membri della sala</translation>
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
        <source>Password reset</source>
        <translation>Password reimpostata</translation>
    </message>
    <message>
        <source>Data key given</source>
        <translation>Chiave dei dati consegnata</translation>
    </message>
    <message>
        <source>Sign-in lockout cleared</source>
        <translation>Blocco degli accessi rimosso</translation>
    </message>
    <message>
        <source>Workstation number set</source>
        <translation>Numero della postazione impostato</translation>
    </message>
    <message>
        <source>Operations room created</source>
        <translation>Sala operativa creata</translation>
    </message>
    <message>
        <source>Workstation joined the room</source>
        <translation>Postazione aggiunta alla sala</translation>
    </message>
    <message>
        <source>Workstation removed from the room</source>
        <translation>Postazione rimossa dalla sala</translation>
    </message>
    <message>
        <source>Invitation written</source>
        <translation>Invito scritto</translation>
    </message>
    <message>
        <source>Comune details saved</source>
        <translation>Dati del comune salvati</translation>
    </message>
    <message>
        <source>Synchronisation conflicts</source>
        <translation>Conflitti di sincronizzazione</translation>
    </message>
    <message>
        <source>Reviews of synchronisation conflicts</source>
        <translation>Revisioni dei conflitti di sincronizzazione</translation>
    </message>
    <message>
        <source>Records merged</source>
        <translation>Schede unite</translation>
    </message>
    <message>
        <source>Merges undone</source>
        <translation>Unioni annullate</translation>
    </message>
    <message>
        <source>Merge undone</source>
        <translation>Unione annullata</translation>
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
    <message numerus="yes">
        <source>by %Ln operator(s)</source>
        <translation>
            <numerusform>da %Ln operatore</numerusform>
            <numerusform>da %Ln operatori</numerusform>
        </translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Apri %1</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>Impossibile leggere i dati: %1</translation>
    </message>
    <message>
        <source>Updating the figures…</source>
        <translation>Aggiornamento dei dati in corso…</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Lettura dei dati in corso…</translation>
    </message>
</context>
<context>
    <name>DatabaseCheckDialog</name>
    <message>
        <source>Database check</source>
        <translation>Verifica del database</translation>
    </message>
    <message>
        <source>Checking the database: integrity and references. On a database of several years this takes a few minutes; you can go on working meanwhile.</source>
        <translation>Verifica del database in corso: integrità e riferimenti. Su un database di diversi anni richiede alcuni minuti; nel frattempo si può continuare a lavorare.</translation>
    </message>
    <message>
        <source>The database is intact: integrity and references are correct.</source>
        <translation>Il database è integro: integrità e riferimenti sono corretti.</translation>
    </message>
    <message>
        <source>&lt;b style='color:#b71c1c'&gt;The database has problems.&lt;/b&gt; Make a backup and call for technical help.&lt;br&gt;&lt;br&gt;%1</source>
        <translation>&lt;b style='color:#b71c1c'&gt;Il database presenta dei problemi.&lt;/b&gt; Fare una copia di sicurezza e chiedere assistenza tecnica.&lt;br&gt;&lt;br&gt;%1</translation>
    </message>
</context>
<context>
    <name>DatabaseRecovery</name>
    <message>
        <source>Damaged database</source>
        <translation>Database danneggiato</translation>
    </message>
    <message>
        <source>Database restored</source>
        <translation>Database ripristinato</translation>
    </message>
    <message>
        <source>The database was restored from the backup of %1. The damaged file was kept as %2.</source>
        <translation>Il database è stato ripristinato dalla copia del %1. Il file danneggiato è stato conservato come %2.</translation>
    </message>
    <message>
        <source>New ids and document numbers start after those this workstation already sent to the sync folder.</source>
        <translation>I nuovi codici interni e i numeri dei documenti proseguono dopo quelli che questa postazione ha già inviato alla cartella di sincronizzazione.</translation>
    </message>
    <message>
        <source>The sync folder cannot be reached: new ids and document numbers were moved past those of the restored database plus a safety margin.</source>
        <translation>La cartella di sincronizzazione non è raggiungibile: i nuovi codici interni e i numeri dei documenti sono stati portati oltre quelli del database ripristinato, più un margine di sicurezza.</translation>
    </message>
</context>
<context>
    <name>FirstStartPanel</name>
    <message>
        <source>These steps prepare the room for work. Each one is ticked by itself as soon as what it asks for is in the database.</source>
        <translation>Questi passi preparano la sala al lavoro. Ognuno si spunta da solo appena ciò che chiede è nel database.</translation>
    </message>
    <message>
        <source>&amp;Workstation...</source>
        <translation>&amp;Postazione...</translation>
    </message>
    <message>
        <source>Operators and &amp;roles...</source>
        <translation>Operatori e &amp;ruoli...</translation>
    </message>
    <message>
        <source>Starter &amp;catalogue...</source>
        <translation>&amp;Catalogo di partenza...</translation>
    </message>
    <message>
        <source>&amp;Import from CSV...</source>
        <translation>&amp;Importa da CSV...</translation>
    </message>
    <message>
        <source>&amp;New organisation...</source>
        <translation>&amp;Nuova organizzazione...</translation>
    </message>
    <message>
        <source>Operations r&amp;oom...</source>
        <translation>&amp;Sala operativa...</translation>
    </message>
    <message>
        <source>Your role cannot do this step: ask the administrator.</source>
        <translation>Il tuo ruolo non permette questo passo: rivolgiti all'amministratore.</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>Questa postazione</translation>
    </message>
    <message>
        <source>Number %1, «%2».</source>
        <translation>Numero %1, «%2».</translation>
    </message>
    <message>
        <source>Number %1, without a name. Give it a name (Sala operativa 1, Magazzino...) and check the number: every workstation that shares data needs its own.</source>
        <translation>Numero %1, senza nome. Dalle un nome (Sala operativa 1, Magazzino...) e controlla il numero: ogni postazione che condivide i dati deve avere il suo.</translation>
    </message>
    <message>
        <source>Accounts for the room's people</source>
        <translation>Gli account delle persone della sala</translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s) besides the administrator.</source>
        <translation>
            <numerusform>%Ln account oltre all'amministratore.</numerusform>
            <numerusform>%Ln account oltre all'amministratore.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the administrator so far. Create an account for every operator, coordinator and psychologist: each person signs in with their own.</source>
        <translation>Per ora c'è solo l'amministratore. Crea un account per ogni operatore, coordinatore e psicologo: ciascuno entra con il proprio.</translation>
    </message>
    <message>
        <source>Starter catalogue</source>
        <translation>Catalogo di partenza</translation>
    </message>
    <message numerus="yes">
        <source>%Ln active item(s) in the catalogue.</source>
        <translation>
            <numerusform>%Ln articolo attivo nel catalogo.</numerusform>
            <numerusform>%Ln articoli attivi nel catalogo.</numerusform>
        </translation>
    </message>
    <message>
        <source>No items in the warehouse yet. Start from the proposed catalogue (the six food categories, protective equipment and kits) and choose what to create.</source>
        <translation>Nessun articolo in magazzino. Parti dal catalogo proposto (le sei categorie alimentari, i DPI e i kit) e scegli che cosa creare.</translation>
    </message>
    <message>
        <source>Volunteer organisations</source>
        <translation>Organizzazioni di volontariato</translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisation(s) on record.</source>
        <translation>
            <numerusform>%Ln organizzazione registrata.</numerusform>
            <numerusform>%Ln organizzazioni registrate.</numerusform>
        </translation>
    </message>
    <message>
        <source>No organisations yet. Import the list of the 117 organisations from a spreadsheet saved as CSV, or enter them one by one.</source>
        <translation>Nessuna organizzazione. Importa l'elenco delle 117 organizzazioni da un foglio di calcolo salvato come CSV, oppure inseriscile una per una.</translation>
    </message>
    <message>
        <source>Operations room (optional)</source>
        <translation>Sala operativa (facoltativo)</translation>
    </message>
    <message>
        <source>This workstation belongs to the room «%1».</source>
        <translation>Questa postazione fa parte della sala «%1».</translation>
    </message>
    <message>
        <source>This workstation shares its data with no other. On the room's first workstation create the room; the other workstations join it at their first start with an invitation.</source>
        <translation>Questa postazione non condivide i dati con altre. Sulla prima postazione della sala crea la sala; le altre vi si uniscono al loro primo avvio con un invito.</translation>
    </message>
    <message>
        <source>The room is ready</source>
        <translation>La sala è pronta</translation>
    </message>
    <message>
        <source>First steps</source>
        <translation>Primi passi</translation>
    </message>
    <message>
        <source>&amp;Close the guide</source>
        <translation>&amp;Chiudi la guida</translation>
    </message>
    <message>
        <source>&amp;Hide the guide</source>
        <translation>&amp;Nascondi la guida</translation>
    </message>
    <message>
        <source>Step %1: done</source>
        <translation>Passo %1: fatto</translation>
    </message>
    <message>
        <source>Step %1: to do</source>
        <translation>Passo %1: da fare</translation>
    </message>
    <message>
        <source>No items in the warehouse yet</source>
        <translation>Nessun articolo in magazzino</translation>
    </message>
    <message>
        <source>No volunteer organisations yet</source>
        <translation>Nessuna organizzazione di volontariato</translation>
    </message>
    <message>
        <source>start from the first-start guide</source>
        <translation>inizia dalla guida al primo avvio</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) created in the catalogue (Warehouse › Master data).</source>
        <translation>
            <numerusform>%Ln articolo creato nel catalogo (Magazzino › Anagrafiche).</numerusform>
            <numerusform>%Ln articoli creati nel catalogo (Magazzino › Anagrafiche).</numerusform>
        </translation>
    </message>
    <message>
        <source>Steps done: %1 of %2</source>
        <translation>Passi fatti: %1 su %2</translation>
    </message>
</context>
<context>
    <name>GlobalSearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <source>Volunteer, codice fiscale, DDT, request, pupil, comune...</source>
        <translation>Volontario, codice fiscale, DDT, richiesta, ragazzo, comune...</translation>
    </message>
    <message>
        <source>Search everywhere</source>
        <translation>Cerca in tutto il programma</translation>
    </message>
    <message>
        <source>Records found</source>
        <translation>Risultati</translation>
    </message>
    <message>
        <source>Type at least two characters.</source>
        <translation>Scrivete almeno due caratteri.</translation>
    </message>
    <message>
        <source>Nothing found for «%1».</source>
        <translation>Nessun risultato per «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) found. Enter opens the highlighted one.</source>
        <translation>
            <numerusform>%Ln risultato. Invio apre quello evidenziato.</numerusform>
            <numerusform>%Ln risultati. Invio apre quello evidenziato.</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Ricerca…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La ricerca non è riuscita: %1</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Ci siAMO! user guide</source>
        <translation>Guida di Ci siAMO!</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Indice</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guida per gli operatori</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Stampa...</translation>
    </message>
    <message>
        <source>Print the user guide</source>
        <translation>Stampa la guida</translation>
    </message>
</context>
<context>
    <name>JoinRoomDialog</name>
    <message>
        <source>Join an operations room</source>
        <translation>Unisciti a una sala operativa</translation>
    </message>
    <message>
        <source>A workstation already in the room writes an invitation (cisiamo room invite --out FILE) protected by a passphrase. Choose it here: this workstation's database is created from it, with the room's data and accounts and its own number.</source>
        <translation>Una postazione già nella sala prepara un invito (cisiamo room invite --out FILE) protetto da una frase segreta. Sceglierlo qui: il database di questa postazione viene creato dall'invito, con i dati e gli account della sala e un numero tutto suo.</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Sfoglia...</translation>
    </message>
    <message>
        <source>&amp;Invitation:</source>
        <translation>&amp;Invito:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase segreta:</translation>
    </message>
    <message>
        <source>Workstation &amp;number:</source>
        <translation>&amp;Numero di postazione:</translation>
    </message>
    <message>
        <source>e.g. Magazzino, Sala radio</source>
        <translation>ad es. Magazzino, Sala radio</translation>
    </message>
    <message>
        <source>Workstation n&amp;ame:</source>
        <translation>Nome della post&amp;azione:</translation>
    </message>
    <message>
        <source>New database:</source>
        <translation>Nuovo database:</translation>
    </message>
    <message>
        <source>The number must not be used by any other workstation of the room: ask the coordinator. Nobody signs in here: the accounts are those of the room.</source>
        <translation>Il numero non deve essere usato da nessun'altra postazione della sala: chiederlo alla coordinatrice o al coordinatore. Qui non si accede con un account: gli account sono quelli della sala.</translation>
    </message>
    <message>
        <source>&amp;Join the room</source>
        <translation>&amp;Unisciti alla sala</translation>
    </message>
    <message>
        <source>Choose the invitation</source>
        <translation>Scegli l'invito</translation>
    </message>
    <message>
        <source>Invitations (*.cisinvite);;All files (*)</source>
        <translation>Inviti (*.cisinvite);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Choose the invitation file.</source>
        <translation>Scegliere il file dell'invito.</translation>
    </message>
    <message>
        <source>This workstation (number %1) is now in the room «%2», invited by workstation %3. Sign in with your account of the room, then set the sync folder in Settings.</source>
        <translation>Questa postazione (numero %1) ora fa parte della sala «%2», invitata dalla postazione %3. Accedere con il proprio account della sala, poi impostare la cartella di sincronizzazione in Impostazioni.</translation>
    </message>
    <message>
        <source>the .cisinvite file received</source>
        <translation>il file .cisinvite ricevuto</translation>
    </message>
    <message>
        <source>choose</source>
        <translation>scegliere</translation>
    </message>
    <message>
        <source>Give this workstation's number: ask the coordinator which one is free.</source>
        <translation>Indicare il numero di questa postazione: chiedere alla coordinatrice o al coordinatore quale è libero.</translation>
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
        <source>About Ci siAMO!</source>
        <translation>Informazioni su Ci siAMO!</translation>
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
    <message>
        <source>Synchronise &amp;now</source>
        <translation>Sincronizza &amp;ora</translation>
    </message>
    <message>
        <source>Synchronisation &amp;status...</source>
        <translation>S&amp;tato della sincronizzazione...</translation>
    </message>
    <message>
        <source>&amp;Conflicts to review...</source>
        <translation>Con&amp;flitti da esaminare...</translation>
    </message>
    <message>
        <source>Open the open &amp;data folder</source>
        <translation>Apri la cartella dei &amp;dati aperti</translation>
    </message>
    <message>
        <source>Automatic backup &amp;now</source>
        <translation>Copia &amp;automatica ora</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup...</source>
        <translation>&amp;Ripristina da una copia di sicurezza...</translation>
    </message>
    <message>
        <source>Automatic backup written: %1</source>
        <translation>Copia automatica scritta: %1</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>La copia automatica non è riuscita: %1</translation>
    </message>
    <message>
        <source>&amp;Conflicts to review (%1)...</source>
        <translation>Con&amp;flitti da esaminare (%1)...</translation>
    </message>
    <message>
        <source>Open data</source>
        <translation>Dati aperti</translation>
    </message>
    <message>
        <source>The open data files are in %1.</source>
        <translation>I file dei dati aperti sono in %1.</translation>
    </message>
    <message>
        <source>Writing an automatic backup...</source>
        <translation>Scrittura della copia automatica in corso...</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Ripristina da una copia di sicurezza</translation>
    </message>
    <message>
        <source>Databases (*.sqlite *.db)</source>
        <translation>Database (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Replace the database with the backup %1?

The current file is not deleted: it is kept aside with the time in its name. Changes made after the backup and already sent to the other workstations come back with the next synchronisation; the others are only in the file kept aside.</source>
        <translation>Sostituire il database con la copia %1?

Il file attuale non viene cancellato: viene conservato a parte con l'ora nel nome. Le modifiche fatte dopo la copia e già inviate alle altre postazioni ritornano con la prossima sincronizzazione; le altre restano solo nel file conservato a parte.</translation>
    </message>
    <message>
        <source>Sending the latest changes to the sync folder...</source>
        <translation>Invio delle ultime modifiche alla cartella di sincronizzazione...</translation>
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
        <translation>&lt;h3&gt;Ci siAMO! %1&lt;/h3&gt;&lt;p&gt;La sala operativa del CCV-MI, il coordinamento delle organizzazioni di volontariato di protezione civile della Città metropolitana di Milano, all'Idroscalo.&lt;/p&gt;&lt;p&gt;Magazzino, consegne, volontari, supporto allo studio, linea di ascolto: funziona senza rete e conserva ogni modifica.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>the folder of %1 cannot be written</source>
        <translation>la cartella di %1 non si può scrivere</translation>
    </message>
    <message>
        <source>the file %1 cannot be written</source>
        <translation>il file %1 non si può scrivere</translation>
    </message>
    <message>
        <source>The database is open read-only because %1. You can look and print; changes are refused. To work normally, ask for write access to it or copy it to a folder of yours.</source>
        <translation>Il database è aperto in sola lettura perché %1. Si può consultare e stampare; le modifiche vengono rifiutate. Per lavorare normalmente, chiedere l'accesso in scrittura oppure copiarlo in una propria cartella.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <source>&amp;Search...</source>
        <translation>&amp;Cerca...</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Guida</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>&amp;First-start guide</source>
        <translation>Guida al &amp;primo avvio</translation>
    </message>
    <message>
        <source>&amp;Technical log</source>
        <translation>Registro &amp;tecnico</translation>
    </message>
    <message>
        <source>To &amp;reconcile...</source>
        <translation>Da &amp;riconciliare...</translation>
    </message>
</context>
<context>
    <name>ReconcileDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(vuoto)</translation>
    </message>
    <message>
        <source>To reconcile</source>
        <translation>Da riconciliare</translation>
    </message>
    <message>
        <source>Records that seem to be one thing entered on two workstations. The program merges them by itself when what identifies them agrees; for these it does not, and a person decides. &lt;b&gt;Merge&lt;/b&gt; keeps the record created first, moves onto it everything that refers to the other one (activations, receipts, lots, request lines), and does the same on every workstation. The merge is recorded with the other record's details.</source>
        <translation>Schede che sembrano la stessa cosa inserita su due postazioni. Il programma le unisce da sé quando ciò che le identifica coincide; per queste no, e decide una persona. &lt;b&gt;Unisci&lt;/b&gt; tiene la scheda creata per prima, sposta su di essa tutto ciò che si riferisce all'altra (attivazioni, carichi, lotti, righe delle richieste) e fa lo stesso su ogni postazione. L'unione viene registrata con i dati dell'altra scheda.</translation>
    </message>
    <message>
        <source>Reading the records to reconcile...</source>
        <translation>Lettura delle schede da riconciliare...</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dati</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Uguale</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>The other record</source>
        <translation>L'altra scheda</translation>
    </message>
    <message>
        <source>Where they differ</source>
        <translation>Dove differiscono</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Unisci</translation>
    </message>
    <message>
        <source>Only a coordinator or an administrator merges records.</source>
        <translation>Solo un coordinatore o un amministratore unisce le schede.</translation>
    </message>
    <message>
        <source>surname</source>
        <translation>cognome</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>data di nascita</translation>
    </message>
    <message>
        <source>comune</source>
        <translation>comune</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>destinatario</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organizzazione</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unità</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefono</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>address</source>
        <translation>indirizzo</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>note</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>code</source>
        <translation>codice</translation>
    </message>
    <message>
        <source>Nothing to reconcile.</source>
        <translation>Niente da riconciliare.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) to reconcile.</source>
        <translation>
            <numerusform>%n scheda da riconciliare.</numerusform>
            <numerusform>%n schede da riconciliare.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 here, %3 in the other</source>
        <translation>%1: %2 qui, %3 nell'altra</translation>
    </message>
    <message>
        <source>%1 (from workstation %2, waiting)</source>
        <translation>%1 (dalla postazione %2, in attesa)</translation>
    </message>
    <message>
        <source>%1 (workstation %2)</source>
        <translation>%1 (postazione %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, written otherwise: %2</source>
        <translation>%1, scritto diversamente: %2</translation>
    </message>
    <message>
        <source>only in how the name is written</source>
        <translation>solo nel modo in cui è scritto il nome</translation>
    </message>
    <message>
        <source>&lt;b&gt;Records merged&lt;/b&gt;: by the program (the same codice fiscale, code or booking id with the same details) or by a person here. &lt;b&gt;Undo merge&lt;/b&gt; brings the merged record back as it was and moves back to it what the merge had moved, on every workstation; the two are then never merged again without a person.</source>
        <translation>&lt;b&gt;Schede unite&lt;/b&gt;: dal programma (stesso codice fiscale, codice o identificativo di prenotazione con gli stessi dati) o da una persona qui. &lt;b&gt;Annulla unione&lt;/b&gt; riporta la scheda unita com'era e le restituisce ciò che l'unione aveva spostato, su ogni postazione; le due schede non vengono poi più unite senza una persona.</translation>
    </message>
    <message>
        <source>Record kept</source>
        <translation>Scheda tenuta</translation>
    </message>
    <message>
        <source>Record merged into it</source>
        <translation>Scheda unita a questa</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Unione</translation>
    </message>
    <message>
        <source>&amp;Undo merge</source>
        <translation>&amp;Annulla unione</translation>
    </message>
    <message>
        <source>Only a coordinator or an administrator undoes a merge.</source>
        <translation>Solo un coordinatore o un amministratore annulla un'unione.</translation>
    </message>
    <message>
        <source>%1, by %2 on workstation %3</source>
        <translation>%1, da %2 sulla postazione %3</translation>
    </message>
    <message>
        <source>%1, by the program on workstation %2</source>
        <translation>%1, dal programma sulla postazione %2</translation>
    </message>
    <message>
        <source>(not here)</source>
        <translation>(non presente qui)</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Annulla unione</translation>
    </message>
    <message>
        <source>Bring back %1 as a record of its own, and move back to it what the merge had moved onto %2? The same happens on every workstation.</source>
        <translation>Riportare %1 come scheda a sé e restituirle ciò che l'unione aveva spostato su %2? Lo stesso avviene su ogni postazione.</translation>
    </message>
    <message>
        <source>the record kept</source>
        <translation>la scheda tenuta</translation>
    </message>
</context>
<context>
    <name>RecordActivations</name>
    <message numerus="yes">
        <source>record %n person-days</source>
        <translation>
            <numerusform>registrazione di %n giornata/persona</numerusform>
            <numerusform>registrazione di %n giornate/persona</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryPlan</name>
    <message>
        <source>&amp;Restore the backup</source>
        <translation>&amp;Ripristina la copia</translation>
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
        <source>&amp;Continue with the damaged file</source>
        <translation>&amp;Continua con il file danneggiato</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Ci siAMO!</source>
        <translation>Ci siAMO!</translation>
    </message>
    <message>
        <source>The database %1 does not exist yet.</source>
        <translation>Il database %1 non esiste ancora.</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>Database danneggiato</translation>
    </message>
    <message>
        <source>The database %1 is damaged.</source>
        <translation>Il database %1 è danneggiato.</translation>
    </message>
    <message>
        <source>The newest intact automatic backup is of %1. Restore it? The damaged file is kept aside, untouched (%2.damaged-...), and the changes this workstation had already sent to the others come back with the next synchronisation.</source>
        <translation>La copia automatica integra più recente è del %1. Ripristinarla? Il file danneggiato viene conservato a parte, intatto (%2.damaged-...), e le modifiche che questa postazione aveva già inviato alle altre ritornano con la prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>There is no intact automatic backup. The file was left untouched: call for technical help, or open another database.</source>
        <translation>Non c'è una copia automatica integra. Il file non è stato toccato: chiedere assistenza tecnica, oppure aprire un altro database.</translation>
    </message>
    <message>
        <source>&amp;Join an operations room...</source>
        <translation>&amp;Unisciti a una sala operativa...</translation>
    </message>
    <message>
        <source>Join an operations room with an invitation from one of its workstations, create an empty database, create a demo database to try the program, or open another file?</source>
        <translation>Unirsi a una sala operativa con l'invito di una sua postazione, creare un database vuoto, creare un database dimostrativo per provare il programma o aprire un altro file?</translation>
    </message>
    <message>
        <source>The automatic check found damage in the database %1.</source>
        <translation>Il controllo automatico ha trovato danni nel database %1.</translation>
    </message>
    <message>
        <source>Nothing has been closed: finish what you are doing (save or cancel the open form), then choose.</source>
        <translation>Non è stato chiuso nulla: finire quello che si sta facendo (salvare o annullare la scheda aperta), poi scegliere.</translation>
    </message>
    <message>
        <source>There is no intact automatic backup. The file was left untouched: call for technical help.</source>
        <translation>Non c'è una copia automatica integra. Il file non è stato toccato: chiedere assistenza tecnica.</translation>
    </message>
</context>
<context>
    <name>SaveEvent</name>
    <message>
        <source>new event %1</source>
        <translation>nuovo evento %1</translation>
    </message>
    <message>
        <source>edit event %1</source>
        <translation>modifica dell'evento %1</translation>
    </message>
</context>
<context>
    <name>SaveOrganisation</name>
    <message>
        <source>new organisation %1</source>
        <translation>nuova organizzazione %1</translation>
    </message>
    <message>
        <source>edit organisation %1</source>
        <translation>modifica dell'organizzazione %1</translation>
    </message>
</context>
<context>
    <name>SaveService</name>
    <message>
        <source>new service %1</source>
        <translation>nuovo servizio %1</translation>
    </message>
    <message>
        <source>edit service %1</source>
        <translation>modifica del servizio %1</translation>
    </message>
</context>
<context>
    <name>SaveVolunteer</name>
    <message>
        <source>new volunteer %1</source>
        <translation>nuovo volontario %1</translation>
    </message>
    <message>
        <source>edit volunteer %1</source>
        <translation>modifica del volontario %1</translation>
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
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Synchronise &amp;every:</source>
        <translation>Sincronizza &amp;ogni:</translation>
    </message>
    <message>
        <source>default: "open-data" next to the database</source>
        <translation>predefinita: "open-data" accanto al database</translation>
    </message>
    <message>
        <source>Choose the open data folder</source>
        <translation>Scegli la cartella dei dati aperti</translation>
    </message>
    <message>
        <source>&amp;Open data folder:</source>
        <translation>Cartella dei dati &amp;aperti:</translation>
    </message>
    <message>
        <source>Distributions per comune (CSV and GeoJSON) for the public map are written here at every synchronisation.</source>
        <translation>Qui vengono scritte a ogni sincronizzazione le distribuzioni per comune (CSV e GeoJSON) per la mappa pubblica.</translation>
    </message>
    <message>
        <source>default: "backups" next to the database</source>
        <translation>predefinita: "backups" accanto al database</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Scegli la cartella delle copie di sicurezza</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>Cartella delle &amp;copie:</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>&amp;Conserva le più recenti:</translation>
    </message>
    <message>
        <source>A consistent copy of the database is taken every day while the program runs. Prefer a folder on another disk or a USB key: if the disk breaks, the backups must survive it.</source>
        <translation>Ogni giorno, mentre il programma è aperto, viene fatta una copia coerente del database. Meglio una cartella su un altro disco o su una chiavetta USB: se il disco si guasta, le copie devono salvarsi.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copie di sicurezza</translation>
    </message>
    <message>
        <source>&amp;Lock after inactivity:</source>
        <translation>&amp;Blocca dopo un'inattività di:</translation>
    </message>
    <message>
        <source>A workstation left alone locks itself and hides what is on screen: callers' data must not stay in view of whoever passes by.</source>
        <translation>Una postazione lasciata sola si blocca e nasconde ciò che è sullo schermo: i dati dei chiamanti non devono restare sotto gli occhi di chi passa.</translation>
    </message>
    <message>
        <source>Operations room:</source>
        <translation>Sala operativa:</translation>
    </message>
    <message>
        <source>name of a new room, on its first workstation only</source>
        <translation>nome di una nuova sala, solo sulla sua prima postazione</translation>
    </message>
    <message>
        <source>Operations &amp;room:</source>
        <translation>Sala &amp;operativa:</translation>
    </message>
    <message>
        <source>This database belongs to no operations room yet and exchanges nothing. On the first workstation give the room a name; the others join it by starting from a copy of that workstation's database.</source>
        <translation>Questo database non appartiene ancora a nessuna sala operativa e non scambia nulla. Sulla prima postazione date un nome alla sala; le altre vi si uniscono partendo da una copia del database di quella postazione.</translation>
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
        <translation>Finestra</translation>
    </message>
    <message>
        <source>Every list</source>
        <translation>Ogni elenco</translation>
    </message>
    <message>
        <source>Tab %1</source>
        <translation>Scheda %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dove</translation>
    </message>
</context>
<context>
    <name>SyncStatusDialog</name>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>refers to a record not received yet</source>
        <translation>fa riferimento a un record non ancora arrivato</translation>
    </message>
    <message>
        <source>a value that must be unique is already used here: rename one of the two</source>
        <translation>un valore che deve essere unico è già usato qui: rinominare uno dei due</translation>
    </message>
    <message>
        <source>refused by a rule of this database</source>
        <translation>rifiutata da una regola di questo database</translation>
    </message>
    <message>
        <source>Synchronisation status</source>
        <translation>Stato della sincronizzazione</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Postazione</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifiche</translation>
    </message>
    <message>
        <source>Up to change</source>
        <translation>Fino alla modifica</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>Ultima ricezione</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dati</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>Why it waits</source>
        <translation>Perché è in attesa</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Dettaglio</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Inviato</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Cartella</translation>
    </message>
    <message>
        <source>Files of the last round that were refused or must wait:</source>
        <translation>File dell'ultimo giro rifiutati o in attesa:</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <source>Other workstations</source>
        <translation>Altre postazioni</translation>
    </message>
    <message>
        <source>Changes on hold</source>
        <translation>Modifiche in sospeso</translation>
    </message>
    <message>
        <source>Files sent</source>
        <translation>File inviati</translation>
    </message>
    <message>
        <source>&amp;Synchronise now</source>
        <translation>&amp;Sincronizza ora</translation>
    </message>
    <message>
        <source>&amp;Conflicts...</source>
        <translation>&amp;Conflitti...</translation>
    </message>
    <message>
        <source>&lt;b&gt;No sync folder is set&lt;/b&gt;: this workstation works on its own. Choose one in Settings, Synchronisation.</source>
        <translation>&lt;b&gt;Nessuna cartella di sincronizzazione impostata&lt;/b&gt;: questa postazione lavora da sola. Sceglierne una in Impostazioni, Sincronizzazione.</translation>
    </message>
    <message>
        <source>&lt;b style='color:#b71c1c'&gt;The sync folder %1 cannot be reached.&lt;/b&gt; Work goes on here; the changes leave as soon as it is back (next attempt at %2).</source>
        <translation>&lt;b style='color:#b71c1c'&gt;La cartella di sincronizzazione %1 non è raggiungibile.&lt;/b&gt; Qui si continua a lavorare; le modifiche partono appena torna disponibile (prossimo tentativo alle %2).</translation>
    </message>
    <message>
        <source>Sync folder: &lt;b&gt;%1&lt;/b&gt;%2</source>
        <translation>Cartella di sincronizzazione: &lt;b&gt;%1&lt;/b&gt;%2</translation>
    </message>
    <message>
        <source> (synchronising...)</source>
        <translation> (sincronizzazione in corso...)</translation>
    </message>
    <message>
        <source>Workstation %1; changes not yet sent: &lt;b&gt;%2&lt;/b&gt;; last sent: %3; last received: %4.</source>
        <translation>Postazione %1; modifiche non ancora inviate: &lt;b&gt;%2&lt;/b&gt;; ultimo invio: %3; ultima ricezione: %4.</translation>
    </message>
    <message>
        <source>Conflicts to review: &lt;b&gt;%1&lt;/b&gt;; changes on hold: &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Conflitti da esaminare: &lt;b&gt;%1&lt;/b&gt;; modifiche in sospeso: &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Open data: %1. Automatic backups: %2 (last %3).</source>
        <translation>Dati aperti: %1. Copie automatiche: %2 (ultima %3).</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Rifiutato: %1</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>In attesa: %1</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Nessuno.</translation>
    </message>
    <message>
        <source>workstation %1, %2</source>
        <translation>postazione %1, %2</translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1)...</source>
        <translation>&amp;Conflitti (%1)...</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Entrata</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Last file</source>
        <translation>Ultimo file</translation>
    </message>
    <message>
        <source>Room members</source>
        <translation>Membri della sala</translation>
    </message>
    <message>
        <source>Missing: the changes %2-%3 of workstation %1 are in no file of the folder, and another workstation has already applied them (the last file was lost). On workstation %1, send them again (cisiamo sync resend --from %2), or on a workstation that holds them (cisiamo sync resend --workstation %1 --from %2).</source>
        <translation>Mancante: le modifiche %2-%3 della postazione %1 non sono in nessun file della cartella, ma un'altra postazione le ha già applicate (l'ultimo file è andato perso). Reinviarle dalla postazione %1 (cisiamo sync resend --from %2) o da una postazione che le possiede (cisiamo sync resend --workstation %1 --from %2).</translation>
    </message>
    <message>
        <source>Missing: the changes %2-%3 of workstation %1 are in no file of the folder; %4 and the files after it wait for them. On workstation %1, send them again (cisiamo sync resend --from %2), or on a workstation that holds them (cisiamo sync resend --workstation %1 --from %2).</source>
        <translation>Mancante: le modifiche %2-%3 della postazione %1 non sono in nessun file della cartella; %4 e i file successivi le attendono. Reinviarle dalla postazione %1 (cisiamo sync resend --from %2) o da una postazione che le possiede (cisiamo sync resend --workstation %1 --from %2).</translation>
    </message>
    <message>
        <source>removed %1 (%2), files valid up to change %3</source>
        <translation>rimossa il %1 (%2), file validi fino alla modifica %3</translation>
    </message>
    <message>
        <source>member (this workstation)</source>
        <translation>membro (questa postazione)</translation>
    </message>
    <message>
        <source>member</source>
        <translation>membro</translation>
    </message>
    <message>
        <source>on hold: number already taken, give one of the two a free number</source>
        <translation>in attesa: numero già usato, assegnate a una delle due un numero libero</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) missing from the sync folder: see the list below.</source>
        <translation>
            <numerusform>%Ln file mancante nella cartella di sincronizzazione: vedere l'elenco qui sotto.</numerusform>
            <numerusform>%Ln file mancanti nella cartella di sincronizzazione: vedere l'elenco qui sotto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the synchronisation status...</source>
        <translation>Lettura dello stato della sincronizzazione in corso...</translation>
    </message>
    <message>
        <source>to reconcile: the same record made on two workstations</source>
        <translation>da riconciliare: la stessa scheda creata su due postazioni</translation>
    </message>
    <message>
        <source>To &amp;reconcile...</source>
        <translation>Da &amp;riconciliare...</translation>
    </message>
    <message>
        <source>To &amp;reconcile (%1)...</source>
        <translation>Da &amp;riconciliare (%1)...</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>Synchronisation status</source>
        <translation>Stato della sincronizzazione</translation>
    </message>
    <message>
        <source>Sync off</source>
        <translation>Sincronizzazione disattivata</translation>
    </message>
    <message>
        <source>No sync folder is set: this workstation works on its own. Set one in Settings, Synchronisation.</source>
        <translation>Nessuna cartella di sincronizzazione impostata: questa postazione lavora da sola. Impostarne una in Impostazioni, Sincronizzazione.</translation>
    </message>
    <message>
        <source>⚠ Sync folder unreachable: working offline</source>
        <translation>⚠ Cartella di sincronizzazione non raggiungibile: si lavora in locale</translation>
    </message>
    <message>
        <source>retry at %1</source>
        <translation>nuovo tentativo alle %1</translation>
    </message>
    <message>
        <source>Synchronising...</source>
        <translation>Sincronizzazione in corso...</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Inviato %1</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>ricevuto %1</translation>
    </message>
    <message>
        <source>all sent</source>
        <translation>tutto inviato</translation>
    </message>
    <message>
        <source>Sync folder: %1</source>
        <translation>Cartella di sincronizzazione: %1</translation>
    </message>
    <message>
        <source>Last automatic backup: %1</source>
        <translation>Ultima copia automatica: %1</translation>
    </message>
    <message>
        <source>Click for the synchronisation status.</source>
        <translation>Fare clic per lo stato della sincronizzazione.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) not shared</source>
        <translation>
            <numerusform>%Ln modifica non condivisa</numerusform>
            <numerusform>%Ln modifiche non condivise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) to send</source>
        <translation>
            <numerusform>%Ln modifica da inviare</numerusform>
            <numerusform>%Ln modifiche da inviare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) refused</source>
        <translation>
            <numerusform>%Ln file rifiutato</numerusform>
            <numerusform>%Ln file rifiutati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflitto</numerusform>
            <numerusform>%Ln conflitti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln on hold</source>
        <translation>
            <numerusform>%Ln in sospeso</numerusform>
            <numerusform>%Ln in sospeso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) to review: Synchronisation, Conflicts to review.</source>
        <translation>
            <numerusform>%Ln conflitto da esaminare: Sincronizzazione, Conflitti da esaminare.</numerusform>
            <numerusform>%Ln conflitti da esaminare: Sincronizzazione, Conflitti da esaminare.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln received change(s) on hold, waiting for data not yet arrived.</source>
        <translation>
            <numerusform>%Ln modifica ricevuta in sospeso, in attesa di dati non ancora arrivati.</numerusform>
            <numerusform>%Ln modifiche ricevute in sospeso, in attesa di dati non ancora arrivati.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TechnicalLogDialog</name>
    <message>
        <source>Technical log</source>
        <translation>Registro tecnico</translation>
    </message>
    <message>
        <source>Reading the log...</source>
        <translation>Lettura del registro...</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>Apri la &amp;cartella</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ggiorna</translation>
    </message>
    <message>
        <source>The technical log is not written to a file on this computer (its folder cannot be written): the program writes it only to the terminal.</source>
        <translation>Il registro tecnico non viene scritto in un file su questo computer (la sua cartella non si può scrivere): il programma lo scrive solo sul terminale.</translation>
    </message>
    <message>
        <source>The last lines of %1, the newest at the bottom. They hold no personal data: send them to whoever looks after the workstation when something does not work.</source>
        <translation>Le ultime righe di %1, le più recenti in fondo. Non contengono dati personali: inviale a chi si occupa della postazione quando qualcosa non funziona.</translation>
    </message>
    <message>
        <source>(The log is empty.)</source>
        <translation>(Il registro è vuoto.)</translation>
    </message>
</context>
<context>
    <name>VoidActivation</name>
    <message>
        <source>void activation %1</source>
        <translation>annullamento della giornata %1</translation>
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
        <source>Choose a comune in the list or on the map</source>
        <translation>Scegli un comune nell'elenco o sulla mappa</translation>
    </message>
    <message>
        <source>ISTAT code %1 · %2 · %3, %4</source>
        <translation>Codice ISTAT %1 · %2 · %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln resident(s)</source>
        <translation>
            <numerusform>%Ln residente</numerusform>
            <numerusform>%Ln residenti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comuni::ComuniCommands</name>
    <message>
        <source>details of %1</source>
        <translation>dati di %1</translation>
    </message>
</context>
<context>
    <name>comuni::ComuniModule</name>
    <message>
        <source>Comuni of the metropolitan city</source>
        <translation>Comuni della Città metropolitana</translation>
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
    <message numerus="yes">
        <source>%Ln resident(s)</source>
        <translation>
            <numerusform>%Ln residente</numerusform>
            <numerusform>%Ln residenti</numerusform>
        </translation>
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
    <message>
        <source>Town halls</source>
        <translation>Municipi</translation>
    </message>
    <message>
        <source>COC (municipal operations centres)</source>
        <translation>COC (Centri operativi comunali)</translation>
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
    <message numerus="yes">
        <source>%Ln comuni shown</source>
        <translation>
            <numerusform>%Ln comune mostrato</numerusform>
            <numerusform>%Ln comuni mostrati</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core::AccountEditDialog</name>
    <message>
        <source>Can read callers' names, phone numbers and notes (AscoltiAMO).</source>
        <translation>Può leggere nomi, numeri di telefono e note dei chiamanti (AscoltiAMO).</translation>
    </message>
    <message>
        <source>Manages accounts, settings and the audit log; cannot read callers' data.</source>
        <translation>Gestisce account, impostazioni e registro delle attività; non può leggere i dati dei chiamanti.</translation>
    </message>
    <message>
        <source>Cannot read callers' data: records requests, sees the queue without names.</source>
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
    <message>
        <source>For unattended jobs only: backups, synchronisation, open data and aggregate reports; no names.</source>
        <translation>Solo per i lavori automatici: copie di sicurezza, sincronizzazione, open data e report aggregati; nessun nome.</translation>
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
        <source>Callers' data</source>
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
        <translation>&amp;Azzera l'attesa di accesso</translation>
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
        <source>The same table is enforced by the program and printed by «cisiamo report permissions». Callers' data can be read only by the roles marked for it, and only with the key their own password unlocks.</source>
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
        <source>Only %1 holds the key to callers' data: if that password is lost, the data cannot be read any more. Create a second psychologist or coordinator account.</source>
        <translation>Solo %1 ha la chiave dei dati dei chiamanti: se quella password va persa, i dati non si potranno più leggere. Crea un secondo account di psicologo o coordinatore.</translation>
    </message>
    <message>
        <source>Nobody holds the key to callers' data yet.</source>
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
        <source>For a forgotten password. %1 chooses a new one at the next sign-in; the key to callers' data is given again by the next colleague who holds it and signs in.</source>
        <translation>Per una password dimenticata. %1 ne sceglierà una nuova al prossimo accesso; la chiave dei dati dei chiamanti gli verrà ridata dal prossimo collega che la possiede e accede.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Le due password sono diverse.</translation>
    </message>
    <message>
        <source>Reset anyway and lose the callers' data recorded so far?</source>
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
        <source>All events</source>
        <translation>Tutti gli eventi</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>Operatore:</translation>
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
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln modifica</numerusform>
            <numerusform>%Ln modifiche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln evento</numerusform>
            <numerusform>%Ln eventi</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tutto</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Che cosa:</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Che cosa</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>Quale</translation>
    </message>
    <message>
        <source>Save as &amp;Excel...</source>
        <translation>Salva come &amp;Excel...</translation>
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
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Action undone</source>
        <translation>Azione annullata</translation>
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
        <source>The table the program enforces: an action not marked for a role is refused, and the refusal is written to the audit log. Callers' data is also encrypted: only the roles allowed to read it hold the key.</source>
        <translation>La tabella che il programma applica: un'azione non segnata per un ruolo viene rifiutata, e il rifiuto è scritto nel registro delle attività. I dati dei chiamanti sono inoltre cifrati: solo i ruoli autorizzati a leggerli ne hanno la chiave.</translation>
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
    <message>
        <source>What</source>
        <translation>Che cosa</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>Quale</translation>
    </message>
    <message>
        <source>Every insert, update and delete is recorded by the database itself, in the same transaction as the change, with the operator signed in and the workstation. Things are named as they are today.</source>
        <translation>Ogni inserimento, modifica e cancellazione è registrato dal database stesso, nella stessa transazione della modifica, con l'operatore che ha eseguito l'accesso e la postazione. Le cose sono indicate con il nome che hanno oggi.</translation>
    </message>
    <message>
        <source>As recorded</source>
        <translation>Come registrato</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) in the period: only the first %1 are listed; choose a shorter period or an operator.</source>
        <translation>
            <numerusform>%Ln modifica nel periodo: sono elencate solo le prime %1; scegliere un periodo più breve o un operatore.</numerusform>
            <numerusform>%Ln modifiche nel periodo: sono elencate solo le prime %1; scegliere un periodo più breve o un operatore.</numerusform>
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
        <translation>chiave di %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no. %1</source>
        <translation>n. %1</translation>
    </message>
    <message>
        <source>no. %1 of workstation %2</source>
        <translation>n. %1 della postazione %2</translation>
    </message>
    <message>
        <source>Action «%1»</source>
        <translation>Azione «%1»</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>righe</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>richieste</translation>
    </message>
    <message>
        <source>deliveries</source>
        <translation>consegne</translation>
    </message>
    <message>
        <source>receipts</source>
        <translation>carichi</translation>
    </message>
    <message>
        <source>components</source>
        <translation>componenti</translation>
    </message>
    <message>
        <source>adjustments</source>
        <translation>rettifiche</translation>
    </message>
    <message>
        <source>days</source>
        <translation>giornate</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>quantità</translation>
    </message>
    <message>
        <source>kits</source>
        <translation>kit</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>ore</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>emessi</translation>
    </message>
    <message>
        <source>added</source>
        <translation>aggiunti</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>aggiornati</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completato</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annullato</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>non riuscito</translation>
    </message>
    <message>
        <source>given</source>
        <translation>svolta</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>assente</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>ripristinata</translation>
    </message>
    <message>
        <source>as</source>
        <translation>come</translation>
    </message>
    <message>
        <source>already</source>
        <translation>già</translation>
    </message>
    <message>
        <source>held</source>
        <translation>posseduta</translation>
    </message>
    <message>
        <source>room</source>
        <translation>sala</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creata</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>aggiunta</translation>
    </message>
    <message>
        <source>workstation</source>
        <translation>postazione</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>rimossa</translation>
    </message>
    <message>
        <source>operation</source>
        <translation>operazione</translation>
    </message>
    <message>
        <source>by</source>
        <translation>da</translation>
    </message>
    <message>
        <source>invitation</source>
        <translation>invito</translation>
    </message>
    <message>
        <source>of</source>
        <translation>di</translation>
    </message>
    <message>
        <source>written</source>
        <translation>scritto</translation>
    </message>
    <message>
        <source>members</source>
        <translation>membri</translation>
    </message>
    <message>
        <source>role: %1 → %2</source>
        <translation>ruolo: %1 → %2</translation>
    </message>
    <message>
        <source>reactivated</source>
        <translation>riattivato</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>disattivato</translation>
    </message>
    <message>
        <source>name changed</source>
        <translation>nome cambiato</translation>
    </message>
    <message>
        <source>Counters moved past the exported numbers after a restore</source>
        <translation>Contatori spostati oltre i numeri già esportati dopo un ripristino</translation>
    </message>
    <message>
        <source>unknown user name</source>
        <translation>nome utente sconosciuto</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>password errata</translation>
    </message>
    <message>
        <source>account deactivated</source>
        <translation>account disattivato</translation>
    </message>
    <message>
        <source>too many attempts: wait before trying again</source>
        <translation>troppi tentativi: attendere prima di riprovare</translation>
    </message>
    <message>
        <source>wrong password while changing it</source>
        <translation>password errata durante il cambio password</translation>
    </message>
    <message>
        <source>shift change</source>
        <translation>cambio turno</translation>
    </message>
    <message>
        <source>first administrator of the database</source>
        <translation>primo amministratore del database</translation>
    </message>
    <message>
        <source>role: %1</source>
        <translation>ruolo: %1</translation>
    </message>
    <message>
        <source>key for: %1</source>
        <translation>chiave per: %1</translation>
    </message>
    <message>
        <source>new key for protected data</source>
        <translation>nuova chiave dei dati protetti</translation>
    </message>
    <message>
        <source>the role no longer reads protected data</source>
        <translation>il ruolo non legge più i dati protetti</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>da %1</translation>
    </message>
    <message>
        <source>given on purpose by %1</source>
        <translation>consegnata di proposito da %1</translation>
    </message>
    <message>
        <source>sync file %1 refused: %2</source>
        <translation>file di sincronizzazione %1 rifiutato: %2</translation>
    </message>
    <message>
        <source>command line «%1» without signing in</source>
        <translation>riga di comando «%1» senza accesso</translation>
    </message>
    <message>
        <source>report «%1» printed without the callers' names</source>
        <translation>report «%1» stampato senza i nomi dei chiamanti</translation>
    </message>
    <message>
        <source>nobody signed in</source>
        <translation>nessun accesso</translation>
    </message>
    <message>
        <source>%1 (nobody signed in)</source>
        <translation>%1 (nessun accesso)</translation>
    </message>
</context>
<context>
    <name>core::CommandStack</name>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>«%1» cannot be undone any more: %2</source>
        <translation>«%1» non si può più annullare: %2</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <source>«%1» cannot be done again: %2</source>
        <translation>«%1» non si può ripetere: %2</translation>
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
    <name>core::DateField</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>gg/mm/aaaa</translation>
    </message>
    <message>
        <source>Choose from the calendar (Alt+Down)</source>
        <translation>Scegli dal calendario (Alt+Giù)</translation>
    </message>
    <message>
        <source>A date is required: write dd/mm/yyyy</source>
        <translation>Data obbligatoria: scrivere gg/mm/aaaa</translation>
    </message>
    <message>
        <source>Invalid date: write dd/mm/yyyy</source>
        <translation>Data non valida: scrivere gg/mm/aaaa</translation>
    </message>
    <message>
        <source>The date cannot be before %1</source>
        <translation>La data non può essere prima del %1</translation>
    </message>
    <message>
        <source>The date cannot be after %1</source>
        <translation>La data non può essere dopo il %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
</context>
<context>
    <name>core::DateTimeField</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>The time cannot be before %1</source>
        <translation>L'ora non può essere prima di %1</translation>
    </message>
    <message>
        <source>The time cannot be after %1</source>
        <translation>L'ora non può essere dopo %1</translation>
    </message>
</context>
<context>
    <name>core::DiscardGuard</name>
    <message>
        <source>Discard the changes made in this form?</source>
        <translation>Scartare le modifiche fatte in questo modulo?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Scarta</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continua a modificare</translation>
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
        <translation>Non consentito: «%1» richiede il ruolo %2, e %3 ha eseguito l'accesso con un altro ruolo. Il rifiuto è stato registrato.</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>Nessuno ha eseguito l'accesso.</translation>
    </message>
    <message>
        <source>«%1» needs someone signed in with the role %2.</source>
        <translation>«%1» richiede l'accesso di qualcuno con il ruolo %2.</translation>
    </message>
    <message>
        <source>The account «%1» is deactivated: ask the administrator.</source>
        <translation>L'account «%1» è disattivato: rivolgiti all'amministratore.</translation>
    </message>
    <message>
        <source>«%1» is not a valid user name: 2 to 40 lower-case letters, digits, dots, hyphens or underscores.</source>
        <translation>«%1» non è un nome utente valido: da 2 a 40 lettere minuscole, cifre, punti, trattini o trattini bassi.</translation>
    </message>
    <message>
        <source>Write the person's name and surname (at least two letters).</source>
        <translation>Scrivi nome e cognome della persona (almeno due lettere).</translation>
    </message>
    <message>
        <source>The user name «%1» is already taken.</source>
        <translation>Il nome utente «%1» è già in uso.</translation>
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
        <translation>Questo database ha già degli account: esegui l'accesso.</translation>
    </message>
    <message>
        <source>There is no such account.</source>
        <translation>Questo account non esiste.</translation>
    </message>
    <message>
        <source>«%1» is the last active administrator: make someone else administrator first.</source>
        <translation>«%1» è l'ultimo amministratore attivo: prima nomina amministratore qualcun altro.</translation>
    </message>
    <message>
        <source>«%1» is the only account that can open callers' data: resetting the password would make that data unreadable for ever. Create another psychologist or coordinator account and let them sign in first.</source>
        <translation>«%1» è l'unico account che può aprire i dati dei chiamanti: reimpostarne la password renderebbe quei dati illeggibili per sempre. Crea prima un altro account di psicologo o coordinatore e fallo accedere.</translation>
    </message>
    <message>
        <source>No password for «%1»: set the environment variable %2 or run the command in a terminal, where it asks for it.</source>
        <translation>Nessuna password per «%1»: imposta la variabile d'ambiente %2 o esegui il comando in un terminale, dove viene chiesta.</translation>
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
        <translation>Non c'è ancora nessun account di psicologo o coordinatore, quindi nessuno potrebbe leggere ciò che verrebbe registrato. L'amministratore deve prima creare un account con il ruolo %1.</translation>
    </message>
    <message>
        <source>This session holds no key to the protected data.</source>
        <translation>Questa sessione non ha la chiave dei dati protetti.</translation>
    </message>
    <message>
        <source>A protected field is damaged or out of place and cannot be read.</source>
        <translation>Un campo protetto è danneggiato o fuori posto e non può essere letto.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>il disco è pieno</translation>
    </message>
    <message>
        <source>the file is larger than this disk or the system allows</source>
        <translation>il file supera la dimensione ammessa dal disco o dal sistema</translation>
    </message>
    <message>
        <source>the disk or USB key refused the write: full, removed or faulty?</source>
        <translation>il disco o la chiavetta USB ha rifiutato la scrittura: pieno, scollegato o guasto?</translation>
    </message>
    <message>
        <source>disk full or read-only?</source>
        <translation>disco pieno o in sola lettura?</translation>
    </message>
    <message>
        <source>its first bytes, which say what the file is, are zero or wrong</source>
        <translation>i primi byte, che dicono che cosa è il file, sono azzerati o sbagliati</translation>
    </message>
    <message>
        <source>the file is cut short</source>
        <translation>il file è troncato</translation>
    </message>
    <message>
        <source>The database %1 is damaged: the file is empty (0 bytes), its data is lost. The file was left untouched: restore a backup.</source>
        <translation>Il database %1 è danneggiato: il file è vuoto (0 byte), i suoi dati sono persi. Il file non è stato toccato: ripristinare una copia di sicurezza.</translation>
    </message>
    <message>
        <source>The database %1 is open read-only (%2): nothing can be changed. You can still look and print.</source>
        <translation>Il database %1 è aperto in sola lettura (%2): non si può modificare nulla. Si può comunque consultare e stampare.</translation>
    </message>
    <message>
        <source>the file cannot be written</source>
        <translation>il file non si può scrivere</translation>
    </message>
    <message>
        <source>its folder cannot be written</source>
        <translation>la sua cartella non si può scrivere</translation>
    </message>
    <message>
        <source>opened for inspection</source>
        <translation>aperto solo per consultazione</translation>
    </message>
    <message>
        <source>The database %1 is in use by another window or command of Ci siAMO!: close them first. Nothing was changed.</source>
        <translation>Il database %1 è in uso da un'altra finestra o da un comando di Ci siAMO!: chiuderli prima. Non è stato cambiato nulla.</translation>
    </message>
    <message>
        <source>A total is larger than the largest number the program can count (%1): some recorded quantity is wrong, check the quantities of the period. Nothing was printed.</source>
        <translation>Un totale supera il numero più grande che il programma sa contare (%1): qualche quantità registrata è sbagliata, controllare le quantità del periodo. Non è stato stampato nulla.</translation>
    </message>
    <message>
        <source>The file %1 could not be written (%2): it was not created or changed.</source>
        <translation>Non è stato possibile scrivere il file %1 (%2): il file non è stato creato né modificato.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written (%2): no partial file was left.</source>
        <translation>Non è stato possibile scrivere la copia %1 (%2): non è rimasto nessun file parziale.</translation>
    </message>
    <message>
        <source>«%1» is out of range: at most %2.</source>
        <translation>«%1» è fuori dai limiti: al massimo %2.</translation>
    </message>
    <message>
        <source>this file was already imported on %1 (same content).</source>
        <translation>questo file è già stato importato il %1 (stesso contenuto).</translation>
    </message>
    <message>
        <source>this file was already imported on %1 by %2 (same content).</source>
        <translation>questo file è già stato importato il %1 da %2 (stesso contenuto).</translation>
    </message>
    <message>
        <source>This action cannot be undone.</source>
        <translation>Questa azione non si può annullare.</translation>
    </message>
    <message>
        <source>The details of %1 were changed again since: they are no longer the ones to undo.</source>
        <translation>I dati di %1 sono stati modificati di nuovo nel frattempo: non sono più quelli da annullare.</translation>
    </message>
    <message>
        <source>«%1» is not an active account whose role may read the protected data: no key given.</source>
        <translation>«%1» non è un account attivo con un ruolo che può leggere i dati protetti: nessuna chiave consegnata.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong user name or password. You can try again in %Ln second(s).</source>
        <translation>
            <numerusform>Nome utente o password errati. Puoi riprovare tra %Ln secondo.</numerusform>
            <numerusform>Nome utente o password errati. Puoi riprovare tra %Ln secondi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: wait %Ln second(s) before trying again.</source>
        <translation>
            <numerusform>Troppe password errate: attendi %Ln secondo prima di riprovare.</numerusform>
            <numerusform>Troppe password errate: attendi %Ln secondi prima di riprovare.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The workstation name is too long: at most %n character(s).</source>
        <translation>
            <numerusform>Il nome della postazione è troppo lungo: al massimo %n carattere.</numerusform>
            <numerusform>Il nome della postazione è troppo lungo: al massimo %n caratteri.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the row has %n field(s) but the header has %1: a separator is missing or too many.</source>
        <translation>
            <numerusform>la riga ha %n campo ma l'intestazione ne ha %1: manca un separatore o ce n'è uno di troppo.</numerusform>
            <numerusform>la riga ha %n campi ma l'intestazione ne ha %1: manca un separatore o ce n'è uno di troppo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the text is %n character(s) long; at most %1 are accepted here.</source>
        <translation>
            <numerusform>il testo è lungo %n carattere; qui se ne accettano al massimo %1.</numerusform>
            <numerusform>il testo è lungo %n caratteri; qui se ne accettano al massimo %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password must have at least %n character(s).</source>
        <translation>
            <numerusform>La password deve avere almeno %n carattere.</numerusform>
            <numerusform>La password deve avere almeno %n caratteri.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The table has %Ln row(s): an Excel sheet holds at most %1. Choose a shorter period or save it as CSV.</source>
        <translation>
            <numerusform>La tabella ha %Ln riga: un foglio Excel ne contiene al massimo %1. Scegliere un periodo più breve o salvarla come CSV.</numerusform>
            <numerusform>La tabella ha %Ln righe: un foglio Excel ne contiene al massimo %1. Scegliere un periodo più breve o salvarla come CSV.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core::FirstAdministratorDialog</name>
    <message>
        <source>First start: administrator</source>
        <translation>Primo avvio: amministratore</translation>
    </message>
    <message>
        <source>&lt;b&gt;This database has no operator accounts yet.&lt;/b&gt;&lt;br/&gt;Create the administrator's account: the administrator then creates an account for every operator, coordinator and psychologist (File &amp;gt; Operators and roles). Keep this password safe.</source>
        <translation>&lt;b&gt;Questo database non ha ancora account degli operatori.&lt;/b&gt;&lt;br/&gt;Crea l'account dell'amministratore: l'amministratore creerà poi un account per ogni operatore, coordinatore e psicologo (File &amp;gt; Operatori e ruoli). Custodisci bene questa password.</translation>
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
        <source>&amp;Create and sign in</source>
        <translation>&amp;Crea e accedi</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Le due password sono diverse.</translation>
    </message>
    <message numerus="yes">
        <source>User names: lower-case letters, digits, dots (mario.rossi). Passwords: at least %n character(s).</source>
        <translation>
            <numerusform>Nomi utente: lettere minuscole, cifre, punti (mario.rossi). Password: almeno %n carattere.</numerusform>
            <numerusform>Nomi utente: lettere minuscole, cifre, punti (mario.rossi). Password: almeno %n caratteri.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core::ImportAgainBox</name>
    <message>
        <source>Import it again anyway: it is a new file with the same content</source>
        <translation>Importalo comunque di nuovo: è un file nuovo con lo stesso contenuto</translation>
    </message>
</context>
<context>
    <name>core::ImportProblemsTable</name>
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
        <source>warning</source>
        <translation>avviso</translation>
    </message>
    <message>
        <source>error</source>
        <translation>errore</translation>
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
    <message numerus="yes">
        <source>Choose a password of at least %n character(s) that only you know.</source>
        <translation>
            <numerusform>Scegli una password di almeno %n carattere che conosci solo tu.</numerusform>
            <numerusform>Scegli una password di almeno %n caratteri che conosci solo tu.</numerusform>
        </translation>
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
        <source>See the callback queue without callers' data, and aggregate figures</source>
        <translation>Vedere la coda dei richiami senza i dati dei chiamanti, e i dati aggregati</translation>
    </message>
    <message>
        <source>Record a request left on the listening line</source>
        <translation>Registrare una richiesta lasciata alla linea di ascolto</translation>
    </message>
    <message>
        <source>Read callers' names, phone numbers and notes</source>
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
        <translation>Registrare l'esito del colloquio e chiudere una richiesta</translation>
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
    <message>
        <source>Replace the database with a backup</source>
        <translation>Sostituire il database con una copia di sicurezza</translation>
    </message>
    <message>
        <source>Produce aggregate reports (totals, no names) and the open data</source>
        <translation>Produrre i report aggregati (totali, senza nomi) e gli open data</translation>
    </message>
    <message>
        <source>Read volunteers' names, codici fiscali and employers in reports</source>
        <translation>Leggere nei report nomi, codici fiscali e datori di lavoro dei volontari</translation>
    </message>
    <message>
        <source>Merge records created twice on different workstations</source>
        <translation>Unire le schede create due volte su postazioni diverse</translation>
    </message>
    <message>
        <source>See the operations room's events and diary</source>
        <translation>Vedere gli eventi e il diario della sala operativa</translation>
    </message>
    <message>
        <source>Write the room diary and keep the room's events</source>
        <translation>Scrivere il diario di sala e gestire gli eventi della sala</translation>
    </message>
    <message>
        <source>Register communications and send circulars to the mayors</source>
        <translation>Protocollare comunicazioni e inviare circolari ai Sindaci</translation>
    </message>
    <message>
        <source>See the Colonna Mobile's vehicles, equipment and sites</source>
        <translation>Vedere mezzi, attrezzature e sedi della Colonna Mobile</translation>
    </message>
    <message>
        <source>Edit vehicles, equipment and sites and record maintenance</source>
        <translation>Modificare mezzi, attrezzature e sedi e registrare le manutenzioni</translation>
    </message>
    <message>
        <source>Lend equipment to organisations and record its return</source>
        <translation>Prestare attrezzature alle organizzazioni e registrarne il rientro</translation>
    </message>
    <message>
        <source>Operations room</source>
        <translation>Sala operativa</translation>
    </message>
    <message>
        <source>Colonna Mobile</source>
        <translation>Colonna Mobile</translation>
    </message>
    <message>
        <source>Record courses, attendance, test results, certificates and exercises</source>
        <translation>Registrare corsi, presenze, esiti dei test, attestati ed esercitazioni</translation>
    </message>
    <message>
        <source>Record and import the state of the comuni's emergency plans</source>
        <translation>Registrare e importare lo stato dei piani di emergenza dei comuni</translation>
    </message>
    <message>
        <source>Deploy modules, vehicles, equipment and volunteers of the Colonna Mobile</source>
        <translation>Impiegare moduli, mezzi, attrezzature e volontari della Colonna Mobile</translation>
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
    <message>
        <source>Save as Excel</source>
        <translation>Salva come Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Cartelle di lavoro Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>core::ReportChart</name>
    <message>
        <source>No data</source>
        <translation>Nessun dato</translation>
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
    <message>
        <source>Save as &amp;Excel...</source>
        <translation>Salva come &amp;Excel...</translation>
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
    <name>core::ReportXlsx</name>
    <message>
        <source>Printed by</source>
        <translation>Stampato da</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>Stampato il</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Foglio</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informazioni</translation>
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
    <message>
        <source>service</source>
        <translation>servizio</translation>
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
    <name>core::SyncErrorText</name>
    <message>
        <source>No sync folder is set: choose one in Settings, Synchronisation.</source>
        <translation>Nessuna cartella di sincronizzazione impostata: sceglierne una in Impostazioni, Sincronizzazione.</translation>
    </message>
    <message>
        <source>The sync folder %1 cannot be reached (network share down, USB key removed?). Work goes on here and the changes leave as soon as it is back.</source>
        <translation>La cartella di sincronizzazione %1 non è raggiungibile (rete condivisa assente, chiavetta USB tolta?). Qui si continua a lavorare e le modifiche partono appena torna disponibile.</translation>
    </message>
    <message>
        <source>The sync file %1 could not be written (%2). Nothing was lost: the changes stay here and leave with the next export.</source>
        <translation>Non è stato possibile scrivere il file di sincronizzazione %1 (%2). Non si è perso nulla: le modifiche restano qui e partono con la prossima esportazione.</translation>
    </message>
    <message>
        <source>the file is incomplete (cut short while it was being copied?): refused, nothing of it was applied.</source>
        <translation>il file è incompleto (interrotto mentre veniva copiato?): rifiutato, non ne è stato applicato nulla.</translation>
    </message>
    <message>
        <source>the file is damaged or was altered (its checksum does not match): refused, nothing of it was applied.</source>
        <translation>il file è danneggiato o è stato alterato (il codice di controllo non corrisponde): rifiutato, non ne è stato applicato nulla.</translation>
    </message>
    <message>
        <source>the file was written by a newer version of the program, or is not a sync file: refused. Update the program on this workstation.</source>
        <translation>il file è stato scritto da una versione più recente del programma, oppure non è un file di sincronizzazione: rifiutato. Aggiornare il programma su questa postazione.</translation>
    </message>
    <message>
        <source>the file's name does not match its contents (renamed or altered): refused, nothing of it was applied.</source>
        <translation>il nome del file non corrisponde al contenuto (rinominato o alterato): rifiutato, non ne è stato applicato nulla.</translation>
    </message>
    <message>
        <source>the name is not that of a sync file written by the program (renamed or copied by hand?): ignored.</source>
        <translation>il nome non è quello di un file di sincronizzazione scritto dal programma (rinominato o copiato a mano?): ignorato.</translation>
    </message>
    <message>
        <source>the file comes from a newer version of the program (database version %1, this one has %2): refused. Update the program on this workstation; the file will be applied then.</source>
        <translation>il file viene da una versione più recente del programma (database versione %1, questo ha la %2): rifiutato. Aggiornare il programma su questa postazione; il file verrà applicato allora.</translation>
    </message>
    <message>
        <source>the file was written by a copy of this very database on another computer (workstation %1). A copied database must get its own workstation number before it is used: refused.</source>
        <translation>il file è stato scritto da una copia di questo stesso database su un altro computer (postazione %1). Un database copiato deve ricevere un proprio numero di postazione prima di essere usato: rifiutato.</translation>
    </message>
    <message>
        <source>the file comes from another workstation that also uses number %1, like this one. Two workstations must never share a number: change it on one of them (Settings, Workstation). Refused.</source>
        <translation>il file viene da un'altra postazione che usa anch'essa il numero %1, come questa. Due postazioni non devono mai avere lo stesso numero: cambiarlo su una delle due (Impostazioni, Postazione). Rifiutato.</translation>
    </message>
    <message>
        <source>the file comes from another workstation («%2») that also uses number %1, like this one. Two workstations must never share a number: change it on one of them (Settings, Workstation). Refused.</source>
        <translation>il file viene da un'altra postazione («%2») che usa anch'essa il numero %1, come questa. Due postazioni non devono mai avere lo stesso numero: cambiarlo su una delle due (Impostazioni, Postazione). Rifiutato.</translation>
    </message>
    <message>
        <source>two different databases (%2 and %3) both use workstation number %1: the files of the second are refused until one of them changes number.</source>
        <translation>due database diversi (%2 e %3) usano entrambi il numero di postazione %1: i file del secondo sono rifiutati finché uno dei due non cambia numero.</translation>
    </message>
    <message>
        <source>the file must wait: the changes %2 to %3 of workstation %1 have not arrived yet (a file still being copied, or missing from the folder).</source>
        <translation>il file deve attendere: le modifiche da %2 a %3 della postazione %1 non sono ancora arrivate (un file ancora in copia, o mancante nella cartella).</translation>
    </message>
    <message>
        <source>The conflict %1 does not exist or was already settled.</source>
        <translation>Il conflitto %1 non esiste o è già stato chiuso.</translation>
    </message>
    <message>
        <source>The discarded values of this conflict cannot be restored (record %2 of %1).</source>
        <translation>I valori scartati di questo conflitto non si possono ripristinare (record %2 di %1).</translation>
    </message>
    <message>
        <source>The discarded values could not be restored on record %2 of %1: %3</source>
        <translation>Non è stato possibile ripristinare i valori scartati sul record %2 di %1: %3</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (%2): it cannot be used.</source>
        <translation>La copia di sicurezza %1 è danneggiata (%2): non si può usare.</translation>
    </message>
    <message>
        <source>There is no intact automatic backup in %1.</source>
        <translation>In %1 non c'è una copia automatica integra.</translation>
    </message>
    <message>
        <source>%1 is the database itself, not a backup of it.</source>
        <translation>%1 è il database stesso, non una sua copia di sicurezza.</translation>
    </message>
    <message>
        <source>the file is not a valid sync file: refused, nothing of it was applied.</source>
        <translation>il file non è un file di sincronizzazione valido: rifiutato, non ne è stato applicato nulla.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist: nothing was exported (is the USB key or the network share connected?). The changes stay here and leave with the next export.</source>
        <translation>La cartella %1 non esiste: non è stato esportato nulla (la chiavetta USB o la cartella di rete sono collegate?). Le modifiche restano qui e partono con la prossima esportazione.</translation>
    </message>
    <message>
        <source>the file is not authenticated (not made by a workstation of this room, altered, or renamed): refused, nothing of it was applied, and the refusal is in the audit log.</source>
        <translation>il file non è autenticato (non è stato prodotto da una postazione di questa sala, oppure è stato alterato o rinominato): rifiutato, non ne è stato applicato nulla e il rifiuto è registrato nel registro di controllo.</translation>
    </message>
    <message>
        <source>%1 belongs to no operations room: join with the database of a workstation that is in the room.</source>
        <translation>%1 non fa parte di nessuna sala operativa: usate il database di una postazione che è nella sala.</translation>
    </message>
    <message>
        <source>This database already belongs to the room "%1": a second room would make every file of the first one unreadable.</source>
        <translation>Questo database appartiene già alla sala «%1»: una seconda sala renderebbe illeggibili tutti i file della prima.</translation>
    </message>
    <message>
        <source>Give the room a name (at most 80 characters).</source>
        <translation>Indicate il nome della sala (al massimo 80 caratteri).</translation>
    </message>
    <message>
        <source>The room's key could not be made or is not valid.</source>
        <translation>Non è stato possibile creare la chiave della sala, oppure la chiave non è valida.</translation>
    </message>
    <message>
        <source>the file is a conflict copy made by the file-sync program and differs from its original: damaged, not applied. Delete it once the original has been applied.</source>
        <translation>il file è una copia di conflitto creata dal programma di sincronizzazione delle cartelle ed è diversa dall'originale: danneggiato, non applicato. Eliminarlo dopo che l'originale è stato applicato.</translation>
    </message>
    <message>
        <source>the file is a conflict copy of %1 made by the file-sync program and differs from it: damaged, not applied. Delete it once the original has been applied.</source>
        <translation>il file è una copia di conflitto di %1 creata dal programma di sincronizzazione delle cartelle ed è diversa dall'originale: danneggiato, non applicato. Eliminarlo dopo che l'originale è stato applicato.</translation>
    </message>
    <message>
        <source>The file %1 cannot be sent again: no intact copy of it is kept on this workstation.</source>
        <translation>Il file %1 non può essere reinviato: su questa postazione non ne è conservata una copia integra.</translation>
    </message>
    <message>
        <source>This database belongs to no operations room yet: no sync file is read or written. Create the room on the first workstation (cisiamo room create --name NAME); the others join it with an invitation (cisiamo room invite on a member, cisiamo room join FILE on the new workstation), or with cisiamo room join --from FILE, FILE being a copy of a member's database.</source>
        <translation>Questo database non appartiene ancora a nessuna sala operativa: nessun file di sincronizzazione viene letto o scritto. Creare la sala sulla prima postazione (cisiamo room create --name NOME); le altre vi entrano con un invito (cisiamo room invite su una postazione della sala, cisiamo room join FILE sulla nuova postazione), oppure con cisiamo room join --from FILE, dove FILE è una copia del database di una postazione della sala.</translation>
    </message>
    <message>
        <source>No passphrase for the invitation: set the environment variable %1 or run the command in a terminal, where it asks for it.</source>
        <translation>Manca la frase segreta dell'invito: impostare la variabile d'ambiente %1 oppure eseguire il comando in un terminale, dove viene chiesta.</translation>
    </message>
    <message>
        <source>The two passphrases differ: nothing was written.</source>
        <translation>Le due frasi segrete sono diverse: non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>The encryption library does not work on this computer: no invitation can be written or read.</source>
        <translation>La libreria di cifratura non funziona su questo computer: non è possibile scrivere né leggere inviti.</translation>
    </message>
    <message>
        <source>%1 is not an invitation to an operations room: nothing was created.</source>
        <translation>%1 non è un invito a una sala operativa: non è stato creato nulla.</translation>
    </message>
    <message>
        <source>The invitation %1 is damaged or incomplete (cut short while it was copied, or altered): nothing was created. Ask the workstation that made it for a new one.</source>
        <translation>L'invito %1 è danneggiato o incompleto (copia interrotta o file alterato): non è stato creato nulla. Chiedere un nuovo invito alla postazione che lo ha preparato.</translation>
    </message>
    <message>
        <source>The invitation %1 was made by a newer version of the program: nothing was created. Update the program on this workstation.</source>
        <translation>L'invito %1 è stato preparato da una versione più recente del programma: non è stato creato nulla. Aggiornare il programma su questa postazione.</translation>
    </message>
    <message>
        <source>Wrong passphrase for the invitation %1: nothing was created.</source>
        <translation>Frase segreta errata per l'invito %1: non è stato creato nulla.</translation>
    </message>
    <message>
        <source>%1 already exists and holds data: nothing was replaced. Choose another file name for the new database, or move that file away first.</source>
        <translation>%1 esiste già e contiene dati: non è stato sostituito nulla. Scegliere un altro nome per il nuovo database, oppure spostare prima altrove quel file.</translation>
    </message>
    <message>
        <source>Workstation number %1 is already used in the room: choose another one. Nothing was created.</source>
        <translation>Il numero di postazione %1 è già usato nella sala: sceglierne un altro. Non è stato creato nulla.</translation>
    </message>
    <message>
        <source>Workstation number %1 is already used in the room («%2»): choose another one. Nothing was created.</source>
        <translation>Il numero di postazione %1 è già usato nella sala («%2»): sceglierne un altro. Non è stato creato nulla.</translation>
    </message>
    <message>
        <source>This database is a copy of workstation %2's, made by hand: the sync folder holds the file %1 of this very identity that this database did not write. Nothing was exported nor imported, or the two would overwrite each other's records. Join the room with an invitation instead: cisiamo room invite on a member, then cisiamo room join FILE --workstation N (a free number) on this computer. A backup put back by hand is restored with cisiamo restore BACKUP instead.</source>
        <translation>Questo database è una copia fatta a mano di quello della postazione %2: nella cartella di sincronizzazione c'è il file %1 di questa stessa identità che questo database non ha scritto. Non è stato esportato né importato nulla, altrimenti i due si sovrascriverebbero le registrazioni a vicenda. Entrate nella sala con un invito: cisiamo room invite su un membro, poi cisiamo room join FILE --workstation N (un numero libero) su questo computer. Una copia di sicurezza rimessa a mano si ripristina invece con cisiamo restore COPIA.</translation>
    </message>
    <message>
        <source>the file comes from workstation %1, which was removed from the room: its changes after %2 are refused, nothing of it was applied, and the refusal is in the audit log.</source>
        <translation>il file viene dalla postazione %1, che è stata rimossa dalla sala: le sue modifiche dopo la %2 sono rifiutate, non ne è stato applicato nulla e il rifiuto è nel registro di sicurezza.</translation>
    </message>
    <message>
        <source>the file comes from workstation %1, which is not a member of the room (it never joined, or its joining has not arrived yet): refused, nothing of it was applied, and the refusal is in the audit log.</source>
        <translation>il file viene dalla postazione %1, che non è membro della sala (non vi è mai entrata, o la sua entrata non è ancora arrivata): rifiutato, non ne è stato applicato nulla e il rifiuto è nel registro di sicurezza.</translation>
    </message>
    <message>
        <source>Workstation %1 is this one: a workstation cannot remove itself from the room.</source>
        <translation>La postazione %1 è questa: una postazione non può rimuovere se stessa dalla sala.</translation>
    </message>
    <message>
        <source>Workstation %1 is not in the room's membership list (cisiamo room status lists the members).</source>
        <translation>La postazione %1 non è nell'elenco dei membri della sala (cisiamo room status elenca i membri).</translation>
    </message>
    <message>
        <source>Workstation %1 was already removed from the room.</source>
        <translation>La postazione %1 è già stata rimossa dalla sala.</translation>
    </message>
    <message>
        <source>The file %1 cannot be sent again: every workstation of the room had it, so it was removed with its copy. A workstation that lacks it joins the room again with an invitation.</source>
        <translation>Il file %1 non può essere inviato di nuovo: tutte le postazioni della sala lo avevano già, perciò è stato rimosso insieme alla sua copia. Una postazione che non lo ha rientra nella sala con un invito.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase of an invitation must have at least %n character(s): nothing was written.</source>
        <translation>
            <numerusform>La frase segreta dell'invito deve avere almeno %n carattere: non è stato scritto nulla.</numerusform>
            <numerusform>La frase segreta dell'invito deve avere almeno %n caratteri: non è stato scritto nulla.</numerusform>
        </translation>
    </message>
    <message>
        <source>the codice fiscale</source>
        <translation>il codice fiscale</translation>
    </message>
    <message>
        <source>the code</source>
        <translation>il codice</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>il nome</translation>
    </message>
    <message>
        <source>the number</source>
        <translation>il numero</translation>
    </message>
    <message>
        <source>the registry number</source>
        <translation>il numero di iscrizione</translation>
    </message>
    <message>
        <source>the booking id on the platform</source>
        <translation>il codice di prenotazione della piattaforma</translation>
    </message>
    <message>
        <source>the user name</source>
        <translation>il nome utente</translation>
    </message>
    <message>
        <source>the workstation number</source>
        <translation>il numero di postazione</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>un valore</translation>
    </message>
    <message>
        <source>It refers to a record not received yet: it is applied as soon as that arrives.</source>
        <translation>Si riferisce a una scheda non ancora ricevuta: viene applicata appena arriva.</translation>
    </message>
    <message>
        <source>%1 is the same as a record made on another workstation, whose details differ: a person decides whether they are one (Synchronisation, To reconcile).</source>
        <translation>%1 è lo stesso di una scheda creata su un'altra postazione, con dati diversi: una persona decide se sono la stessa (Sincronizzazione, Da riconciliare).</translation>
    </message>
    <message>
        <source>%1 is already used here by another record: rename one of the two.</source>
        <translation>%1 è già usato qui da un'altra scheda: rinominare una delle due.</translation>
    </message>
    <message>
        <source>A rule of this database refuses it (a value outside what is allowed here).</source>
        <translation>Una regola di questo database la rifiuta (un valore fuori da ciò che è ammesso qui).</translation>
    </message>
    <message>
        <source>These records cannot be merged: they are not of a kind the program merges, or they are the same record.</source>
        <translation>Queste schede non si possono unire: non sono di un tipo che il programma unisce, oppure sono la stessa scheda.</translation>
    </message>
    <message>
        <source>One of the two records is no longer here nor waiting (merged or changed meanwhile): the list is read again.</source>
        <translation>Una delle due schede non è più qui né in attesa (unita o modificata nel frattempo): l'elenco viene riletto.</translation>
    </message>
    <message>
        <source>The two records cannot be merged: moving what refers to one of them onto the other would break a rule of the database (for example two renewals of the same year). Correct one of the two first.</source>
        <translation>Le due schede non si possono unire: spostare sull'una ciò che si riferisce all'altra violerebbe una regola del database (per esempio due rinnovi dello stesso anno). Correggere prima una delle due.</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n ora</numerusform>
            <numerusform>%n ore</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>clock of workstation %1 ahead by %2</source>
        <translation>orologio della postazione %1 avanti di %2</translation>
    </message>
    <message>
        <source>workstation %1</source>
        <translation>postazione %1</translation>
    </message>
    <message>
        <source>workstation %1 (%2)</source>
        <translation>postazione %1 (%2)</translation>
    </message>
    <message>
        <source>The clock of %1 is %2 ahead of this one. Its changes are applied, but until its date and time are set right its edits win over every edit made at the same time elsewhere: correct the clock of that computer (or of this one, if it is this one that is behind).</source>
        <translation>L'orologio della %1 è avanti di %2 rispetto a questo. Le sue modifiche sono applicate, ma finché data e ora non saranno corrette prevalgono su ogni modifica fatta nello stesso momento altrove: correggete l'orologio di quel computer (o di questo, se è questo a essere indietro).</translation>
    </message>
    <message>
        <source>This merge was already undone (here or on another workstation): the list is read again.</source>
        <translation>Questa unione è già stata annullata (qui o su un'altra postazione): l'elenco viene riletto.</translation>
    </message>
    <message>
        <source>The merged record cannot come back: %1 would be the same as the record kept's. Correct it in the record kept first (where it was typed wrong), then undo the merge.</source>
        <translation>La scheda unita non può tornare: %1 sarebbe uguale a quello della scheda tenuta. Correggetelo prima nella scheda tenuta (dove era stato scritto male), poi annullate l'unione.</translation>
    </message>
</context>
<context>
    <name>core::TableMenu</name>
    <message>
        <source>table</source>
        <translation>tabella</translation>
    </message>
    <message>
        <source>Export this table</source>
        <translation>Esporta questa tabella</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>&amp;Export this table...</source>
        <translation>&amp;Esporta questa tabella...</translation>
    </message>
    <message>
        <source>Copy the selected rows</source>
        <translation>Copia le righe selezionate</translation>
    </message>
    <message>
        <source>Save as Excel</source>
        <translation>Salva come Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Cartelle di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Save as E&amp;xcel...</source>
        <translation>Salva come E&amp;xcel...</translation>
    </message>
    <message>
        <source>Reading the rows of the list...</source>
        <translation>Lettura delle righe dell'elenco...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Reading the rows of the list: %1 of %2...</source>
        <translation>Lettura delle righe dell'elenco: %1 di %2...</translation>
    </message>
    <message>
        <source>Writing the file...</source>
        <translation>Scrittura del file...</translation>
    </message>
    <message>
        <source>Preparing the rows: %1 of %2...</source>
        <translation>Preparazione delle righe: %1 di %2...</translation>
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
        <translation>Ora obbligatoria: scrivere hh:mm</translation>
    </message>
    <message>
        <source>Invalid time: write hh:mm</source>
        <translation>Ora non valida: scrivere hh:mm</translation>
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
    <message>
        <source>%1
%2 of %3 asked (%4)</source>
        <translation>%1
%2 su %3 richiesti (%4)</translation>
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
    <message numerus="yes">
        <source>%Ln request(s) waiting</source>
        <translation>
            <numerusform>%Ln richiesta in attesa</numerusform>
            <numerusform>%Ln richieste in attesa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not enough for everyone: each request gets %1, never more than it asked; the units left after the whole parts go to the largest remainders (%Ln request(s) got one more).</source>
        <translation>
            <numerusform>Non basta per tutti: ogni richiesta riceve %1, mai più di quanto chiesto; le unità che restano dopo le parti intere vanno ai resti più grandi (%Ln richiesta ne ha ricevuta una in più).</numerusform>
            <numerusform>Non basta per tutti: ogni richiesta riceve %1, mai più di quanto chiesto; le unità che restano dopo le parti intere vanno ai resti più grandi (%Ln richieste ne hanno ricevuta una in più).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: %3, shared as chosen; the others are given in full.</source>
        <translation>%1, %2: %3, da ripartire come scelto; gli altri sono dati per intero.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln richiesta</numerusform>
            <numerusform>%Ln richieste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln kind(s) of goods</source>
        <translation>
            <numerusform>%Ln tipo di beni</numerusform>
            <numerusform>%Ln tipi di beni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln short</source>
        <translation>
            <numerusform>%Ln insufficiente</numerusform>
            <numerusform>%Ln insufficienti</numerusform>
        </translation>
    </message>
    <message>
        <source>Calculating the shares of %1…</source>
        <translation>Calcolo delle quote del %1…</translation>
    </message>
</context>
<context>
    <name>deliveries::CancelDelivery</name>
    <message>
        <source>cancellation of delivery %1</source>
        <translation>annullamento della consegna %1</translation>
    </message>
</context>
<context>
    <name>deliveries::CancelRequest</name>
    <message>
        <source>cancellation of request %1</source>
        <translation>annullamento della richiesta %1</translation>
    </message>
</context>
<context>
    <name>deliveries::CreateAllocationDeliveries</name>
    <message>
        <source>Planning undone</source>
        <translation>Programmazione annullata</translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies) of the allocation</source>
        <translation>
            <numerusform>%n consegna dell'assegnazione</numerusform>
            <numerusform>%n consegne dell'assegnazione</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>deliveries::CreateRequest</name>
    <message>
        <source>Entry undone</source>
        <translation>Inserimento annullato</translation>
    </message>
    <message>
        <source>new request %1</source>
        <translation>nuova richiesta %1</translation>
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
        <source>round %1</source>
        <translation>giro %1</translation>
    </message>
    <message>
        <source>%1, stop %2, %3 (DDT %4): expected arrival %5, agreed %6: cannot be kept</source>
        <translation>%1, tappa %2, %3 (DDT %4): arrivo previsto %5, concordato %6: non rispettabile</translation>
    </message>
    <message>
        <source>%1 (DDT %2): no address recorded</source>
        <translation>%1 (DDT %2): indirizzo non registrato</translation>
    </message>
    <message>
        <source>%1 (DDT %2)</source>
        <translation>%1 (DDT %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) of the day without an address: ask for it before leaving and record it</source>
        <translation>
            <numerusform>%n destinatario del giorno senza indirizzo: chiedetelo prima di partire e registratelo</numerusform>
            <numerusform>%n destinatari del giorno senza indirizzo: chiedeteli prima di partire e registrateli</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreed time(s) that cannot be kept: tell the recipient or change the time</source>
        <translation>
            <numerusform>%n orario concordato non rispettabile: avvisate il destinatario o cambiate l'orario</numerusform>
            <numerusform>%n orari concordati non rispettabili: avvisate i destinatari o cambiate gli orari</numerusform>
        </translation>
    </message>
    <message>
        <source>Magazzino Idroscalo, Peschiera Borromeo: leave at %1</source>
        <translation>Magazzino Idroscalo, Peschiera Borromeo: partenza alle %1</translation>
    </message>
    <message>
        <source>%1, cannot be kept</source>
        <translation>%1, non rispettabile</translation>
    </message>
    <message>
        <source>NO ADDRESS</source>
        <translation>INDIRIZZO MANCANTE</translation>
    </message>
    <message>
        <source>Stops are ordered so as to keep the agreed times, then by the shortest round found. Distances are straight lines between the recipients: the road is longer. Arrivals are estimated at 30 km/h as the crow flies with 15 minutes at each stop, leaving so as to reach the first stop with an agreed time at that time and waiting when early; an agreed time reached more than 15 minutes late cannot be kept.</source>
        <translation>Le tappe sono ordinate per rispettare gli orari concordati, poi secondo il giro più breve trovato. Le distanze sono in linea d'aria tra i destinatari: su strada sono maggiori. Gli arrivi sono stimati a 30 km/h in linea d'aria con 15 minuti a ogni tappa, partendo in modo da arrivare alla prima tappa con orario concordato proprio a quell'ora e attendendo se in anticipo; un orario concordato raggiunto con più di 15 minuti di ritardo non è rispettabile.</translation>
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
    <message>
        <source>%1 ⚠</source>
        <translation>%1 ⚠</translation>
    </message>
    <message>
        <source>⚠ no address, %1</source>
        <translation>⚠ senza indirizzo, %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) of the day without an address: %1. Record it under Recipients before printing the DDTs.</source>
        <translation>
            <numerusform>%Ln destinatario del giorno senza indirizzo: %1. Registratelo in Destinatari prima di stampare i DDT.</numerusform>
            <numerusform>%Ln destinatari del giorno senza indirizzo: %1. Registrateli in Destinatari prima di stampare i DDT.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2, %3 km in all (straight lines from the Idroscalo and back).</source>
        <translation>%1 in %2, %3 km in tutto (in linea d'aria dall'Idroscalo e ritorno).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln delivery(ies)</source>
        <translation>
            <numerusform>%Ln consegna</numerusform>
            <numerusform>%Ln consegne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln round(s)</source>
        <translation>
            <numerusform>%Ln giro</numerusform>
            <numerusform>%Ln giri</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the plan of the day…</source>
        <translation>Lettura del piano del giorno…</translation>
    </message>
</context>
<context>
    <name>deliveries::DeliverDelivery</name>
    <message>
        <source>Delivery undone</source>
        <translation>Consegna annullata</translation>
    </message>
    <message>
        <source>delivery %1 delivered</source>
        <translation>consegna %1 consegnata</translation>
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
        <source>Demo data: %1 exceeds the published figure by %2 g.</source>
        <translation>Dati dimostrativi: %1 supera il dato pubblicato di %2 g.</translation>
    </message>
    <message>
        <source>«%1» is too large: a quantity can be at most %2.</source>
        <translation>«%1» è troppo grande: una quantità può essere al massimo %2.</translation>
    </message>
    <message>
        <source>With this line the quantities add up to %1: a total can be at most %2.</source>
        <translation>Con questa riga le quantità sommano %1: un totale può essere al massimo %2.</translation>
    </message>
    <message>
        <source>The requests add up to %1, more than can be counted (at most %2).</source>
        <translation>Le richieste sommano %1, più di quanto il programma sappia contare (al massimo %2).</translation>
    </message>
    <message>
        <source>The residents weighing the shares add up to %1, more than can be counted (at most %2).</source>
        <translation>I residenti che pesano le quote sommano %1, più di quanto il programma sappia contare (al massimo %2).</translation>
    </message>
    <message>
        <source>the delivery of %1 to %2 with the same goods was recorded before (note %3): skipped.</source>
        <translation>la consegna del %1 a %2 con gli stessi beni era già stata registrata (DDT %3): saltata.</translation>
    </message>
    <message>
        <source>Request %1 is %2: only a request still waiting for an allocation can be changed.</source>
        <translation>La richiesta %1 è %2: si può modificare solo una richiesta ancora in attesa di assegnazione.</translation>
    </message>
    <message>
        <source>Request %1 is %2, no longer cancelled.</source>
        <translation>La richiesta %1 è %2, non più annullata.</translation>
    </message>
    <message>
        <source>Request %1 is %2: no delivery can be planned for it any more.</source>
        <translation>La richiesta %1 è %2: non si possono più programmare consegne per essa.</translation>
    </message>
    <message>
        <source>Delivery %1 is %2: only a cancelled or returned delivery can be planned anew.</source>
        <translation>La consegna %1 è %2: si può riprogrammare solo una consegna annullata o resa.</translation>
    </message>
    <message>
        <source>Choose the recipient of the request: it is required.</source>
        <translation>Scegliere il destinatario della richiesta: è obbligatorio.</translation>
    </message>
    <message>
        <source>Line %1, goods: required (choose a category or an item).</source>
        <translation>Riga %1, beni: obbligatori (scegli una categoria o un articolo).</translation>
    </message>
    <message>
        <source>Line %1: unknown goods «%2»: choose a category or an item from the list.</source>
        <translation>Riga %1: beni sconosciuti «%2»: scegli una categoria o un articolo dall'elenco.</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n error(s): nothing was imported.</source>
        <translation>
            <numerusform>Il file ha %n errore: non è stato importato nulla.</numerusform>
            <numerusform>Il file ha %n errori: non è stato importato nulla.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the file has %n error(s): nothing was imported.</source>
        <translation>
            <numerusform>il file ha %n errore: non è stato importato nulla.</numerusform>
            <numerusform>il file ha %n errori: non è stato importato nulla.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>deliveries::DeliveriesModule</name>
    <message>
        <source>Deliveries today</source>
        <translation>Consegne di oggi</translation>
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
    <message>
        <source>DDTs (deliveries)</source>
        <translation>DDT (consegne)</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Richieste</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln delivered</source>
        <translation>
            <numerusform>%Ln consegnata</numerusform>
            <numerusform>%Ln consegnate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln on the road</source>
        <translation>
            <numerusform>%Ln in viaggio</numerusform>
            <numerusform>%Ln in viaggio</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%Ln delivery(ies)</source>
        <translation>
            <numerusform>%Ln consegna</numerusform>
            <numerusform>%Ln consegne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln package(s)</source>
        <translation>
            <numerusform>%1 · %Ln collo</numerusform>
            <numerusform>%1 · %Ln colli</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>deliveries::DeliveriesSyncTexts</name>
    <message>
        <source>Lots of delivered goods</source>
        <translation>Lotti dei beni consegnati</translation>
    </message>
    <message>
        <source>Delivery history</source>
        <translation>Storico delle consegne</translation>
    </message>
    <message>
        <source>Allocation overrides</source>
        <translation>Modifiche manuali delle ripartizioni</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatari</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Richieste</translation>
    </message>
    <message>
        <source>Request lines</source>
        <translation>Righe delle richieste</translation>
    </message>
    <message>
        <source>Allocations</source>
        <translation>Ripartizioni</translation>
    </message>
    <message>
        <source>Allocated goods</source>
        <translation>Beni ripartiti</translation>
    </message>
    <message>
        <source>Allocation shares</source>
        <translation>Quote delle ripartizioni</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Consegne</translation>
    </message>
    <message>
        <source>Delivery lines</source>
        <translation>Righe delle consegne</translation>
    </message>
    <message>
        <source>Allocation confirmed</source>
        <translation>Ripartizione confermata</translation>
    </message>
    <message>
        <source>Deliveries planned from an allocation</source>
        <translation>Consegne pianificate da una ripartizione</translation>
    </message>
    <message>
        <source>Delivery cancelled</source>
        <translation>Consegna annullata</translation>
    </message>
    <message>
        <source>Delivery signed for</source>
        <translation>Consegna firmata</translation>
    </message>
    <message>
        <source>Delivery loaded</source>
        <translation>Consegna caricata</translation>
    </message>
    <message>
        <source>Delivery returned</source>
        <translation>Consegna resa</translation>
    </message>
    <message>
        <source>Delivery saved</source>
        <translation>Consegna salvata</translation>
    </message>
    <message>
        <source>Deliveries imported</source>
        <translation>Consegne importate</translation>
    </message>
    <message>
        <source>Requests imported</source>
        <translation>Richieste importate</translation>
    </message>
    <message>
        <source>Recipient saved</source>
        <translation>Destinatario salvato</translation>
    </message>
    <message>
        <source>Request cancelled</source>
        <translation>Richiesta annullata</translation>
    </message>
    <message>
        <source>Request recorded</source>
        <translation>Richiesta registrata</translation>
    </message>
    <message>
        <source>Request changed</source>
        <translation>Richiesta modificata</translation>
    </message>
    <message>
        <source>booking id on the platform</source>
        <translation>codice di prenotazione della piattaforma</translation>
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
    <name>deliveries::DeliveryAuditNames</name>
    <message>
        <source>delivery note %1 to %2</source>
        <translation>DDT %1 a %2</translation>
    </message>
    <message>
        <source>delivery note %1, line %2</source>
        <translation>DDT %1, riga %2</translation>
    </message>
    <message>
        <source>delivery note %1, line %2, lot %3</source>
        <translation>DDT %1, riga %2, lotto %3</translation>
    </message>
    <message>
        <source>delivery note %1</source>
        <translation>DDT %1</translation>
    </message>
    <message>
        <source>request %1 of %2</source>
        <translation>richiesta %1 di %2</translation>
    </message>
    <message>
        <source>allocation of %1</source>
        <translation>ripartizione del %1</translation>
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
    <message numerus="yes">
        <source>%Ln planned delivery(ies) will be created, one per request that received something. Each can then be given its own vehicle and time in the Deliveries page.</source>
        <translation>
            <numerusform>Verrà creata %Ln consegna pianificata, una per ogni richiesta che ha ricevuto qualcosa. A ciascuna si potranno poi dare mezzo e orario propri nella pagina Consegne.</numerusform>
            <numerusform>Verranno create %Ln consegne pianificate, una per ogni richiesta che ha ricevuto qualcosa. A ciascuna si potranno poi dare mezzo e orario propri nella pagina Consegne.</numerusform>
        </translation>
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
        <source>without code</source>
        <translation>senza codice</translation>
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
    <message>
        <source>%1 – lot %2 – %3</source>
        <translation>%1 – lotto %2 – %3</translation>
    </message>
    <message>
        <source> (expires %1)</source>
        <translation> (scad. %1)</translation>
    </message>
    <message>
        <source>%1 – %2 – not loaded yet (lot chosen when loading)</source>
        <translation>%1 – %2 – non ancora caricato (il lotto si sceglie al carico)</translation>
    </message>
    <message>
        <source>%1 – %2 – not loaded yet (item and lot chosen when loading)</source>
        <translation>%1 – %2 – non ancora caricato (articolo e lotto si scelgono al carico)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Address: ____________________ (not recorded)</source>
        <translation>Indirizzo: ____________________ (non registrato)</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Referente: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Tel. %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <source>The goods are not loaded yet: this note lists what is planned. Print it again after loading to show the items and lots on the pallet.</source>
        <translation>La merce non è ancora caricata: questo documento elenca quanto previsto. Ristampatelo dopo il carico per riportare gli articoli e i lotti sul bancale.</translation>
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
    <message>
        <source>Co&amp;mune:</source>
        <translation>Co&amp;mune:</translation>
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
    <message numerus="yes">
        <source>&lt;b&gt;%1 – %2&lt;/b&gt;: %3 in %Ln delivery(ies) to %4.</source>
        <translation>
            <numerusform>&lt;b&gt;%1 – %2&lt;/b&gt;: %3 in %Ln consegna a %4.</numerusform>
            <numerusform>&lt;b&gt;%1 – %2&lt;/b&gt;: %3 in %Ln consegne a %4.</numerusform>
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
            <numerusform>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br/&gt;%3 in %Ln consegna&lt;br/&gt;%4 kg ogni 1.000 residenti</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br/&gt;%3 in %Ln consegne&lt;br/&gt;%4 kg ogni 1.000 residenti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln resident(s)</source>
        <translation>
            <numerusform>%Ln residente</numerusform>
            <numerusform>%Ln residenti</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the figures of the period…</source>
        <translation>Lettura dei dati del periodo…</translation>
    </message>
    <message>
        <source>Reading the deliveries of the comune…</source>
        <translation>Lettura delle consegne del comune…</translation>
    </message>
    <message>
        <source>No deliveries in the period.</source>
        <translation>Nessuna consegna nel periodo.</translation>
    </message>
</context>
<context>
    <name>deliveries::EditRequest</name>
    <message>
        <source>edit of request %1</source>
        <translation>modifica della richiesta %1</translation>
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
    <message>
        <source>choose or type the goods</source>
        <translation>scegli o scrivi i beni</translation>
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
        <source>Choose a file: it is checked first, and nothing is written until you import it.</source>
        <translation>Scegli un file: viene prima controllato, e nulla viene scritto finché non lo importi.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
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
    <message numerus="yes">
        <source>%Ln error(s): correct the file and choose it again; nothing will be imported.</source>
        <translation>
            <numerusform>%Ln errore: correggi il file e sceglilo di nuovo; non verrà importato nulla.</numerusform>
            <numerusform>%Ln errori: correggi il file e sceglilo di nuovo; non verrà importato nulla.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 in %3, %4; %5.</source>
        <translation>%1: %2 in %3, %4; %5.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln riga</numerusform>
            <numerusform>%Ln righe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln richiesta</numerusform>
            <numerusform>%Ln richieste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln booking(s) already imported</source>
        <translation>
            <numerusform>%Ln prenotazione già importata</numerusform>
            <numerusform>%Ln prenotazioni già importate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln delivery(ies)</source>
        <translation>
            <numerusform>%Ln consegna</numerusform>
            <numerusform>%Ln consegne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s) already recorded</source>
        <translation>
            <numerusform>%Ln documento già registrato</numerusform>
            <numerusform>%Ln documenti già registrati</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1 with %2, %3.</source>
        <translation>Importazione completata: %1 con %2, %3.</translation>
    </message>
    <message>
        <source>Recorded: %1 with %2, %3.</source>
        <translation>Registrazione completata: %1 con %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln past delivery(ies)</source>
        <translation>
            <numerusform>%Ln consegna passata</numerusform>
            <numerusform>%Ln consegne passate</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>deliveries::LoadDelivery</name>
    <message>
        <source>Loading undone</source>
        <translation>Carico annullato</translation>
    </message>
    <message>
        <source>loading of delivery %1</source>
        <translation>carico della consegna %1</translation>
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
        <source>Choose the comune.</source>
        <translation>Scegli il comune.</translation>
    </message>
    <message>
        <source>street and number, for the DDT and the driver</source>
        <translation>via e numero civico, per il DDT e l'autista</translation>
    </message>
    <message>
        <source>No address: the DDT and the trip sheet will ask the driver to find it.</source>
        <translation>Senza indirizzo: il DDT e il foglio di viaggio chiederanno all'autista di trovarlo.</translation>
    </message>
    <message>
        <source>CAP:</source>
        <translation>CAP:</translation>
    </message>
    <message>
        <source>The address and contacts of a COC are its comune's COC details (also in the Comuni tab). The town hall's CAP, phone and e-mail are filled in until you type the COC's own.</source>
        <translation>L'indirizzo e i recapiti di un COC sono i dati COC del suo comune (anche nella scheda Comuni). CAP, telefono ed e-mail del municipio restano finché non scrivete quelli del COC.</translation>
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
    <message numerus="yes">
        <source>%Ln recipient(s)</source>
        <translation>
            <numerusform>%Ln destinatario</numerusform>
            <numerusform>%Ln destinatari</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ no address</source>
        <translation>⚠ senza indirizzo</translation>
    </message>
    <message>
        <source>The COC of each comune is already here: its address and contacts are edited here or in the Comuni tab (CAP, phone and e-mail start as the town hall's).</source>
        <translation>Il COC di ogni comune è già presente: indirizzo e recapiti si modificano qui o nella scheda Comuni (CAP, telefono ed e-mail partono da quelli del municipio).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) in use without an address: their DDTs and trip sheets cannot say where to go. Open each one and type the street and number.</source>
        <translation>
            <numerusform>%Ln destinatario in uso senza indirizzo: i suoi DDT e fogli di viaggio non possono dire dove andare. Apritelo e scrivete via e numero civico.</numerusform>
            <numerusform>%Ln destinatari in uso senza indirizzo: i loro DDT e fogli di viaggio non possono dire dove andare. Apriteli uno per uno e scrivete via e numero civico.</numerusform>
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
    <message>
        <source>type or choose the recipient</source>
        <translation>scrivere o scegliere il destinatario</translation>
    </message>
    <message>
        <source>%1 has no address: record it under Recipients before the DDT is printed.</source>
        <translation>%1 non ha un indirizzo: registratelo in Destinatari prima di stampare il DDT.</translation>
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
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln richiesta</numerusform>
            <numerusform>%Ln richieste</numerusform>
        </translation>
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
    <name>deliveries::SaveDelivery</name>
    <message>
        <source>Planning undone</source>
        <translation>Programmazione annullata</translation>
    </message>
    <message>
        <source>edit of delivery %1</source>
        <translation>modifica della consegna %1</translation>
    </message>
    <message>
        <source>new delivery %1</source>
        <translation>nuova consegna %1</translation>
    </message>
</context>
<context>
    <name>deliveries::SaveRecipient</name>
    <message>
        <source>edit of recipient %1</source>
        <translation>modifica del destinatario %1</translation>
    </message>
    <message>
        <source>new recipient %1</source>
        <translation>nuovo destinatario %1</translation>
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
    <name>fleet::DeploymentDialog</name>
    <message>
        <source>New deployment</source>
        <translation>Nuovo impiego</translation>
    </message>
    <message>
        <source>(choose the event)</source>
        <translation>(scegli l'evento)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>dal %1 al %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>dal %1</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>(choose the service)</source>
        <translation>(scegli il servizio)</translation>
    </message>
    <message>
        <source>e.g. Regione Lombardia, Dipartimento della Protezione Civile</source>
        <translation>ad esempio Regione Lombardia, Dipartimento della Protezione Civile</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primo giorno</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Ultimo giorno</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(non indicato)</translation>
    </message>
    <message>
        <source>e.g. the field hospital, the sports centre</source>
        <translation>ad esempio l'ospedale da campo, il centro sportivo</translation>
    </message>
    <message>
        <source>Modules sent</source>
        <translation>Moduli inviati</translation>
    </message>
    <message numerus="yes">
        <source>%n vehicle(s)</source>
        <translation><numerusform>%n mezzo</numerusform><numerusform>%n mezzi</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of equipment</source>
        <translation><numerusform>%n attrezzatura</numerusform><numerusform>%n attrezzature</numerusform></translation>
    </message>
    <message>
        <source>skills: %1</source>
        <translation>competenze: %1</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Mezzo</translation>
    </message>
    <message>
        <source>Fit on the last day</source>
        <translation>Idoneo all'ultimo giorno</translation>
    </message>
    <message>
        <source>Km driven</source>
        <translation>Km percorsi</translation>
    </message>
    <message>
        <source>Why it goes anyway (when not fit)</source>
        <translation>Perché parte comunque (se non idoneo)</translation>
    </message>
    <message>
        <source>Vehicles sent</source>
        <translation>Mezzi inviati</translation>
    </message>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source>Km driven by %1</source>
        <translation>Km percorsi da %1</translation>
    </message>
    <message>
        <source>Why %1 goes anyway</source>
        <translation>Perché %1 parte comunque</translation>
    </message>
    <message>
        <source>Search by description or serial number</source>
        <translation>Cercate per descrizione o matricola</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Attrezzatura</translation>
    </message>
    <message>
        <source>Equipment sent</source>
        <translation>Attrezzature inviate</translation>
    </message>
    <message>
        <source>Search by surname, name, codice fiscale, organisation or qualification</source>
        <translation>Cercate per cognome, nome, codice fiscale, organizzazione o qualifica</translation>
    </message>
    <message>
        <source>Volunteers sent</source>
        <translation>Volontari inviati</translation>
    </message>
    <message>
        <source>Their days on the deployment are recorded as activations (person-days, art. 39). Those with a qualification the ticked modules need come first.</source>
        <translation>I loro giorni di impiego sono registrati come attivazioni (giornate/persona, art. 39). In cima chi ha una qualifica richiesta dai moduli spuntati.</translation>
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
        <source>S&amp;cope:</source>
        <translation>A&amp;mbito:</translation>
    </message>
    <message>
        <source>&amp;Requested by:</source>
        <translation>&amp;Richiesto da:</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;fino al</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dal:</translation>
    </message>
    <message>
        <source>C&amp;omune:</source>
        <translation>C&amp;omune:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Luogo:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>no: already deployed for «%1» from %2 to %3</source>
        <translation>no: già impiegato per «%1» dal %2 al %3</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation>no: %1</translation>
    </message>
    <message>
        <source>It goes only with the reason written beside it.</source>
        <translation>Parte solo con il motivo scritto accanto.</translation>
    </message>
    <message>
        <source>Valid qualifications: %1</source>
        <translation>Qualifiche valide: %1</translation>
    </message>
    <message>
        <source>&amp;Modules (%1)</source>
        <translation>Mod&amp;uli (%1)</translation>
    </message>
    <message>
        <source>&amp;Vehicles (%1)</source>
        <translation>Me&amp;zzi (%1)</translation>
    </message>
    <message>
        <source>E&amp;quipment (%1)</source>
        <translation>A&amp;ttrezzature (%1)</translation>
    </message>
    <message>
        <source>Vol&amp;unteers (%1)</source>
        <translation>&amp;Volontari (%1)</translation>
    </message>
    <message>
        <source>Sent: %1, %2, %3, %4; %5 km.</source>
        <translation>Partono: %1, %2, %3, %4; %5 km.</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation><numerusform>%n modulo</numerusform><numerusform>%n moduli</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n volunteer(s)</source>
        <translation><numerusform>%n volontario</numerusform><numerusform>%n volontari</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n not fit on the last day: each goes only with its reason.</source>
        <translation><numerusform>%n non idoneo all'ultimo giorno: parte solo con il suo motivo.</numerusform><numerusform>%n non idonei all'ultimo giorno: ciascuno parte solo con il suo motivo.</numerusform></translation>
    </message>
</context>
<context>
    <name>fleet::DeploymentText</name>
    <message>
        <source>within the province</source>
        <translation>in provincia</translation>
    </message>
    <message>
        <source>outside the province</source>
        <translation>fuori provincia</translation>
    </message>
    <message>
        <source>national</source>
        <translation>nazionale</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>dismesso</translation>
    </message>
    <message>
        <source>revision not valid to the last day</source>
        <translation>revisione non valida fino all'ultimo giorno</translation>
    </message>
    <message>
        <source>insurance not valid to the last day</source>
        <translation>assicurazione non valida fino all'ultimo giorno</translation>
    </message>
    <message>
        <source>periodic check overdue</source>
        <translation>verifica periodica scaduta</translation>
    </message>
</context>
<context>
    <name>fleet::DeploymentsPage</name>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ambito</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Richiesto da</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dove</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Moduli</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Mezzi</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Attrezzature</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Volontari</translation>
    </message>
    <message>
        <source>Km</source>
        <translation>Km</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>Impieghi</translation>
    </message>
    <message>
        <source>&amp;New deployment...</source>
        <translation>&amp;Nuovo impiego...</translation>
    </message>
    <message>
        <source>Only the coordinators record deployments.</source>
        <translation>Solo i coordinatori registrano gli impieghi.</translation>
    </message>
    <message>
        <source>Running &amp;from:</source>
        <translation>In corso &amp;dal:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>&amp;al:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deployment(s)</source>
        <translation><numerusform>%Ln impiego</numerusform><numerusform>%Ln impieghi</numerusform></translation>
    </message>
</context>
<context>
    <name>fleet::EquipmentDialog</name>
    <message>
        <source>Equipment %1</source>
        <translation>Attrezzatura %1</translation>
    </message>
    <message>
        <source>New equipment</source>
        <translation>Nuova attrezzatura</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuna)</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrizione:</translation>
    </message>
    <message>
        <source>&amp;Serial number:</source>
        <translation>&amp;Matricola:</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>S&amp;ede:</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>S&amp;tato:</translation>
    </message>
    <message>
        <source>Next &amp;check:</source>
        <translation>Prossima &amp;verifica:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Note:</translation>
    </message>
</context>
<context>
    <name>fleet::EquipmentPage</name>
    <message>
        <source>Search by description or serial number</source>
        <translation>Cerca per descrizione o matricola</translation>
    </message>
    <message>
        <source>Every type</source>
        <translation>Tutti i tipi</translation>
    </message>
    <message>
        <source>Only &amp;on loan</source>
        <translation>Solo in &amp;prestito</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Matricola</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Next check</source>
        <translation>Prossima verifica</translation>
    </message>
    <message>
        <source>On loan to</source>
        <translation>In prestito a</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Attrezzature</translation>
    </message>
    <message>
        <source>&amp;New equipment...</source>
        <translation>&amp;Nuova attrezzatura...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Modifica...</translation>
    </message>
    <message>
        <source>&amp;Lend...</source>
        <translation>&amp;Presta...</translation>
    </message>
    <message>
        <source>&amp;Return...</source>
        <translation>&amp;Rientro...</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Movimento</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Condition on return</source>
        <translation>Stato al rientro</translation>
    </message>
    <message>
        <source>Lent</source>
        <translation>Prestata</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Rientrata</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Prestiti</translation>
    </message>
    <message>
        <source>Loans to organisations</source>
        <translation>Prestiti alle organizzazioni</translation>
    </message>
    <message numerus="yes">
        <source>%Ln piece(s)</source>
        <translation>
            <numerusform>%Ln attrezzatura</numerusform>
            <numerusform>%Ln attrezzature</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importa…</translation>
    </message>
    <message>
        <source>Reads a spreadsheet (CSV): its lines and problems are shown before anything is written</source>
        <translation>Legge un foglio di calcolo (CSV): le righe e i problemi si vedono prima di scrivere qualcosa</translation>
    </message>
</context>
<context>
    <name>fleet::FleetErrors</name>
    <message>
        <source>The plate is missing.</source>
        <translation>Manca la targa.</translation>
    </message>
    <message>
        <source>«%1» is not an Italian plate: write it as AB 123 CD (or a motorcycle's AB 12345, an old provincial plate such as MI 123456, a special plate such as CRI, EI, VF, CC, PC or DPC followed by letters and digits).</source>
        <translation>«%1» non è una targa italiana: scrivila come AB 123 CD (oppure una targa moto AB 12345, una vecchia targa provinciale come MI 123456, una targa speciale CRI, EI, VF, CC, PC o DPC seguita da lettere e cifre).</translation>
    </message>
    <message>
        <source>The plate %1 already belongs to another vehicle.</source>
        <translation>La targa %1 è già di un altro mezzo.</translation>
    </message>
    <message>
        <source>The revision due on %1 comes before the registration of %2.</source>
        <translation>La revisione in scadenza il %1 è precedente all'immatricolazione del %2.</translation>
    </message>
    <message>
        <source>The registration date %1 is in the future.</source>
        <translation>La data di immatricolazione %1 è nel futuro.</translation>
    </message>
    <message>
        <source>%1 km is not a possible reading: the odometer goes from 0 to 2.000.000 km.</source>
        <translation>%1 km non è una lettura possibile: il contachilometri va da 0 a 2.000.000 km.</translation>
    </message>
    <message>
        <source>The odometer cannot go back: %1 km is less than the %2 km on record.</source>
        <translation>Il contachilometri non può tornare indietro: %1 km sono meno dei %2 km registrati.</translation>
    </message>
    <message>
        <source>%1 km is less than the %2 km recorded on %3: the odometer cannot go back.</source>
        <translation>%1 km sono meno dei %2 km registrati il %3: il contachilometri non può tornare indietro.</translation>
    </message>
    <message>
        <source>%1 km is more than the %2 km recorded later, on %3.</source>
        <translation>%1 km sono più dei %2 km registrati dopo, il %3.</translation>
    </message>
    <message>
        <source>The cost is not possible: it must be between 0 and 1.000.000.000 euro.</source>
        <translation>Il costo non è possibile: deve essere tra 0 e 1.000.000.000 euro.</translation>
    </message>
    <message>
        <source>Say what work was done.</source>
        <translation>Indica il lavoro eseguito.</translation>
    </message>
    <message>
        <source>This maintenance entry was already cancelled.</source>
        <translation>Questa manutenzione è già stata annullata.</translation>
    </message>
    <message>
        <source>This maintenance entry no longer exists.</source>
        <translation>Questa manutenzione non esiste più.</translation>
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
        <source>Choose the organisation.</source>
        <translation>Scegli l'organizzazione.</translation>
    </message>
    <message>
        <source>The name of the site is missing.</source>
        <translation>Manca il nome della sede.</translation>
    </message>
    <message>
        <source>There is already a site called «%1».</source>
        <translation>Esiste già una sede «%1».</translation>
    </message>
    <message>
        <source>The description of the equipment is missing.</source>
        <translation>Manca la descrizione dell'attrezzatura.</translation>
    </message>
    <message>
        <source>The serial number %1 already belongs to another piece of equipment.</source>
        <translation>La matricola %1 è già di un'altra attrezzatura.</translation>
    </message>
    <message>
        <source>%1 is already on loan to %2 since %3: record its return first.</source>
        <translation>%1 è già in prestito a %2 dal %3: registrane prima il rientro.</translation>
    </message>
    <message>
        <source>%1 is not out on loan.</source>
        <translation>%1 non è in prestito.</translation>
    </message>
    <message>
        <source>%1 is out of service or retired: it cannot be lent.</source>
        <translation>%1 è fuori servizio o dismessa: non si può prestare.</translation>
    </message>
    <message>
        <source>The return on %1 comes before the loan of %2.</source>
        <translation>Il rientro del %1 è precedente al prestito del %2.</translation>
    </message>
    <message>
        <source>This vehicle no longer exists.</source>
        <translation>Questo mezzo non esiste più.</translation>
    </message>
    <message>
        <source>This piece of equipment no longer exists.</source>
        <translation>Questa attrezzatura non esiste più.</translation>
    </message>
    <message>
        <source>This site no longer exists.</source>
        <translation>Questa sede non esiste più.</translation>
    </message>
    <message>
        <source>There is no organisation «%1».</source>
        <translation>Non esiste l'organizzazione «%1».</translation>
    </message>
    <message>
        <source>There is no comune with code %1.</source>
        <translation>Non esiste un comune con codice %1.</translation>
    </message>
    <message>
        <source>The file has no column «%1».</source>
        <translation>Il file non ha la colonna «%1».</translation>
    </message>
    <message>
        <source>%1 is already on line %2 of the file.</source>
        <translation>%1 è già alla riga %2 del file.</translation>
    </message>
    <message>
        <source>«%1» is not a known type.</source>
        <translation>«%1» non è un tipo conosciuto.</translation>
    </message>
    <message>
        <source>«%1» is not a state: write operativo, in manutenzione or fuori servizio.</source>
        <translation>«%1» non è uno stato: scrivi operativo, in manutenzione o fuori servizio.</translation>
    </message>
    <message>
        <source>«%1» is not a date: write it as dd/mm/yyyy.</source>
        <translation>«%1» non è una data: scrivila come gg/mm/aaaa.</translation>
    </message>
    <message>
        <source>«%1» is not a whole number of km.</source>
        <translation>«%1» non è un numero intero di km.</translation>
    </message>
    <message>
        <source>«%1» is not an owner: write Città metropolitana, CCV-MI or the name of an organisation.</source>
        <translation>«%1» non è un proprietario: scrivi Città metropolitana, CCV-MI o il nome di un'organizzazione.</translation>
    </message>
    <message>
        <source>There is no site called «%1».</source>
        <translation>Non esiste una sede «%1».</translation>
    </message>
    <message>
        <source>«%1» is not something the Colonna Mobile imports.</source>
        <translation>«%1» non è qualcosa che la Colonna Mobile importa.</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s): nothing was imported.</source>
        <translation>
            <numerusform>Il file ha %n problema: non è stato importato nulla.</numerusform>
            <numerusform>Il file ha %n problemi: non è stato importato nulla.</numerusform>
        </translation>
    </message>
    <message>
        <source>The name of the module is missing.</source>
        <translation>Manca il nome del modulo.</translation>
    </message>
    <message>
        <source>There is already a module called «%1».</source>
        <translation>Esiste già un modulo chiamato «%1».</translation>
    </message>
    <message>
        <source>There is no module «%1».</source>
        <translation>Non esiste il modulo «%1».</translation>
    </message>
    <message>
        <source>A skill has no qualification: choose one.</source>
        <translation>Una competenza non ha la qualifica: scegline una.</translation>
    </message>
    <message>
        <source>«%1»: the number of volunteers goes from 1 to 99, not %2.</source>
        <translation>«%1»: il numero di volontari va da 1 a 99, non %2.</translation>
    </message>
    <message>
        <source>The skill «%1» is listed twice.</source>
        <translation>La competenza «%1» è indicata due volte.</translation>
    </message>
    <message>
        <source>Choose the event of the deployment.</source>
        <translation>Scegli l'evento dell'impiego.</translation>
    </message>
    <message>
        <source>This event no longer exists.</source>
        <translation>Questo evento non esiste più.</translation>
    </message>
    <message>
        <source>Choose the service under which the volunteers' days are recorded.</source>
        <translation>Scegli il servizio con cui registrare le giornate dei volontari.</translation>
    </message>
    <message>
        <source>This service no longer exists.</source>
        <translation>Questo servizio non esiste più.</translation>
    </message>
    <message>
        <source>Say which body asked for the deployment.</source>
        <translation>Indicate l'ente che ha chiesto l'impiego.</translation>
    </message>
    <message>
        <source>The first and last day of the deployment are needed.</source>
        <translation>Servono il primo e l'ultimo giorno dell'impiego.</translation>
    </message>
    <message>
        <source>The deployment ends on %2, before it starts on %1.</source>
        <translation>L'impiego finisce il %2, prima di cominciare il %1.</translation>
    </message>
    <message>
        <source>A deployment lasts at most a year: record a longer one in parts.</source>
        <translation>Un impiego dura al massimo un anno: registrate uno più lungo in più parti.</translation>
    </message>
    <message>
        <source>%1 is outside the event «%2», which starts on %3.</source>
        <translation>Il %1 è fuori dall'evento «%2», che inizia il %3.</translation>
    </message>
    <message>
        <source>%1 is outside the event «%2», from %3 to %4.</source>
        <translation>Il %1 è fuori dall'evento «%2», dal %3 al %4.</translation>
    </message>
    <message>
        <source>The deployment sends nothing: choose modules, vehicles, equipment or volunteers.</source>
        <translation>L'impiego non manda nulla: scegli moduli, mezzi, attrezzature o volontari.</translation>
    </message>
    <message>
        <source>%1 km on one deployment is not possible: write from 0 to 100.000 km.</source>
        <translation>%1 km in un impiego non sono possibili: scrivete da 0 a 100.000 km.</translation>
    </message>
    <message>
        <source>The vehicle %1 cannot be sent (%2): give the reason it goes anyway, or leave it at the site.</source>
        <translation>Il mezzo %1 non può essere impiegato (%2): scrivete il motivo per cui parte comunque, oppure lasciatelo in sede.</translation>
    </message>
    <message>
        <source>%1 cannot be sent (%2): give the reason it goes anyway, or leave it at the site.</source>
        <translation>%1 non può essere impiegato (%2): scrivete il motivo per cui parte comunque, oppure lasciatelo in sede.</translation>
    </message>
    <message>
        <source>The vehicle %1 is already deployed for «%2» from %3 to %4.</source>
        <translation>Il mezzo %1 è già impiegato per «%2» dal %3 al %4.</translation>
    </message>
    <message>
        <source>%1 is already deployed for «%2» from %3 to %4.</source>
        <translation>%1 è già impiegato per «%2» dal %3 al %4.</translation>
    </message>
</context>
<context>
    <name>fleet::FleetImportDialog</name>
    <message>
        <source>Import vehicles from a spreadsheet</source>
        <translation>Importa i mezzi da un foglio di calcolo</translation>
    </message>
    <message>
        <source>Import equipment from a spreadsheet</source>
        <translation>Importa le attrezzature da un foglio di calcolo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>&amp;Choose file...</source>
        <translation>&amp;Scegli il file…</translation>
    </message>
    <message>
        <source>Import vehicles</source>
        <translation>Importa i mezzi</translation>
    </message>
    <message>
        <source>Import equipment</source>
        <translation>Importa le attrezzature</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>File CSV (*.csv *.txt);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>One line per vehicle. Columns (any order): targa, tipo, proprietario (Città metropolitana, CCV-MI or an organisation); optional: modello, sede, stato, immatricolazione, revisione, assicurazione, km, note. Dates dd/mm/yyyy. A plate already on record updates that vehicle.</source>
        <translation>Una riga per mezzo. Colonne (in qualsiasi ordine): targa, tipo, proprietario (Città metropolitana, CCV-MI o un'organizzazione); facoltative: modello, sede, stato, immatricolazione, revisione, assicurazione, km, note. Date gg/mm/aaaa. Una targa già in archivio aggiorna quel mezzo.</translation>
    </message>
    <message>
        <source>One line per piece. Columns (any order): tipo, descrizione; optional: matricola, sede, stato, verifica (next periodic check, dd/mm/yyyy), note. A serial number already on record updates that piece.</source>
        <translation>Una riga per attrezzatura. Colonne (in qualsiasi ordine): tipo, descrizione; facoltative: matricola, sede, stato, verifica (prossima verifica periodica, gg/mm/aaaa), note. Una matricola già in archivio aggiorna quell'attrezzatura.</translation>
    </message>
    <message>
        <source>The file's lines</source>
        <translation>Le righe del file</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problemi trovati</translation>
    </message>
    <message>
        <source>Choose a file: it is checked first, and nothing is written until you import it.</source>
        <translation>Scegli un file: prima viene controllato, e non si scrive nulla finché non lo importi.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <source>%1 Nothing can be imported until they are fixed.</source>
        <translation>%1 Non si può importare nulla finché non sono corretti.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) in the file.</source>
        <translation><numerusform>%n errore nel file.</numerusform><numerusform>%n errori nel file.</numerusform></translation>
    </message>
    <message>
        <source>%1: %2, %3.</source>
        <translation>%1: %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) checked</source>
        <translation><numerusform>%n riga controllata</numerusform><numerusform>%n righe controllate</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n to add</source>
        <translation><numerusform>%n da aggiungere</numerusform><numerusform>%n da aggiungere</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n to update (already on record)</source>
        <translation><numerusform>%n da aggiornare (già in archivio)</numerusform><numerusform>%n da aggiornare (già in archivio)</numerusform></translation>
    </message>
    <message>
        <source>The file's lines: the first %1 of %2</source>
        <translation>Le righe del file: le prime %1 di %2</translation>
    </message>
    <message numerus="yes">
        <source>The file's lines (%n)</source>
        <translation><numerusform>Le righe del file (%n)</numerusform><numerusform>Le righe del file (%n)</numerusform></translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
</context>
<context>
    <name>fleet::FleetModule</name>
    <message>
        <source>Vehicle revisions due</source>
        <translation>Revisioni dei mezzi in scadenza</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln scaduta</numerusform>
            <numerusform>%Ln scadute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln within 30 days</source>
        <translation>
            <numerusform>%Ln entro 30 giorni</numerusform>
            <numerusform>%Ln entro 30 giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>Vehicle insurance expiring</source>
        <translation>Assicurazioni dei mezzi in scadenza</translation>
    </message>
    <message numerus="yes">
        <source>%Ln expired</source>
        <translation>
            <numerusform>%Ln scaduta</numerusform>
            <numerusform>%Ln scadute</numerusform>
        </translation>
    </message>
    <message>
        <source>Equipment on loan</source>
        <translation>Attrezzature in prestito</translation>
    </message>
    <message numerus="yes">
        <source>%Ln piece(s) in all</source>
        <translation>
            <numerusform>%Ln attrezzatura in tutto</numerusform>
            <numerusform>%Ln attrezzature in tutto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln check(s) overdue</source>
        <translation>
            <numerusform>%Ln verifica scaduta</numerusform>
            <numerusform>%Ln verifiche scadute</numerusform>
        </translation>
    </message>
    <message>
        <source>Colonna Mobile</source>
        <translation>Colonna Mobile</translation>
    </message>
    <message>
        <source>Modules ready to leave</source>
        <translation>Moduli pronti a partire</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 su %2</translation>
    </message>
    <message>
        <source>none could leave now</source>
        <translation>nessuno potrebbe partire ora</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Mezzi</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Attrezzature</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sedi</translation>
    </message>
    <message>
        <source>Modules of the Colonna Mobile</source>
        <translation>Moduli della Colonna Mobile</translation>
    </message>
</context>
<context>
    <name>fleet::FleetReports</name>
    <message>
        <source>Vehicles: revisions and insurance due</source>
        <translation>Mezzi: revisioni e assicurazioni in scadenza</translation>
    </message>
    <message>
        <source>Vehicles and equipment held by each organisation</source>
        <translation>Mezzi e attrezzature in capo a ciascuna organizzazione</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Due within</source>
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
        <source>Plate</source>
        <translation>Targa</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modello</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Proprietario</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Scade il</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Giorni mancanti</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situazione</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisione</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Assicurazione</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>scaduta</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>in scadenza</translation>
    </message>
    <message>
        <source>Active vehicles not out of service whose revision or insurance is overdue, or due within %1: %2, %3.</source>
        <translation>Mezzi attivi non fuori servizio con la revisione o l'assicurazione scaduta o in scadenza entro %1: %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s)</source>
        <translation>
            <numerusform>%n scadenza</numerusform>
            <numerusform>%n scadenze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n scaduta</numerusform>
            <numerusform>%n scadute</numerusform>
        </translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Genere</translation>
    </message>
    <message>
        <source>Plate or serial number</source>
        <translation>Targa o matricola</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Registered or lent on</source>
        <translation>Immatricolato o prestato il</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Vehicle owned</source>
        <translation>Mezzo di proprietà</translation>
    </message>
    <message>
        <source>Equipment on loan</source>
        <translation>Attrezzatura in prestito</translation>
    </message>
    <message>
        <source>%1 and %2.</source>
        <translation>%1 e %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n vehicle(s) owned</source>
        <translation>
            <numerusform>%n mezzo di proprietà</numerusform>
            <numerusform>%n mezzi di proprietà</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of equipment on loan</source>
        <translation>
            <numerusform>%n attrezzatura in prestito</numerusform>
            <numerusform>%n attrezzature in prestito</numerusform>
        </translation>
    </message>
    <message>
        <source>Colonna Mobile: modules ready to leave</source>
        <translation>Colonna Mobile: moduli pronti a partire</translation>
    </message>
    <message>
        <source>Departure checklist of a module</source>
        <translation>Lista di partenza di un modulo</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modulo</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Mezzi</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Attrezzature</translation>
    </message>
    <message>
        <source>Volunteers needed</source>
        <translation>Volontari necessari</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Coperti</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Perché no</translation>
    </message>
    <message>
        <source>%1 could leave now, of %2.</source>
        <translation>Pronti a partire ora: %1 su %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n modulo</numerusform>
            <numerusform>%n moduli</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active module(s)</source>
        <translation>
            <numerusform>%n modulo attivo</numerusform>
            <numerusform>%n moduli attivi</numerusform>
        </translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Voce</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Idoneo</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Verificato</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>revisione %1</translation>
    </message>
    <message>
        <source>insurance %1</source>
        <translation>assicurazione %1</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Mezzo</translation>
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
        <source>check %1</source>
        <translation>verifica %1</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Competenza</translation>
    </message>
    <message>
        <source>%1 needed, %2 hold it valid</source>
        <translation>%1 necessari, %2 con qualifica valida</translation>
    </message>
    <message>
        <source>%1 of %2 covered</source>
        <translation>%1 su %2 coperti</translation>
    </message>
    <message>
        <source>Every vehicle and piece of equipment is fit and every skill is covered: the module can leave. Tick each line as it is checked on departure.</source>
        <translation>Tutti i mezzi e le attrezzature sono idonei e tutte le competenze sono coperte: il modulo può partire. Spuntate ogni riga man mano che la verificate alla partenza.</translation>
    </message>
    <message>
        <source>The module cannot leave as it is: %1</source>
        <translation>Il modulo così com'è non può partire: %1</translation>
    </message>
    <message>
        <source>Volunteers leaving</source>
        <translation>Volontari in partenza</translation>
    </message>
    <message>
        <source>Surname and name</source>
        <translation>Cognome e nome</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Before leaving</source>
        <translation>Prima della partenza</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controllo</translation>
    </message>
    <message>
        <source>Vehicle documents, insurance card and fuel card on board</source>
        <translation>Documenti del mezzo, carta assicurativa e carta carburante a bordo</translation>
    </message>
    <message>
        <source>Fuel and oil levels, tyres, lights</source>
        <translation>Livelli di carburante e olio, pneumatici, luci</translation>
    </message>
    <message>
        <source>Load secured, trailers hitched and lit</source>
        <translation>Carico fissato, rimorchi agganciati e con luci funzionanti</translation>
    </message>
    <message>
        <source>Radios charged, frequencies and call signs agreed</source>
        <translation>Radio cariche, frequenze e nominativi concordati</translation>
    </message>
    <message>
        <source>First-aid kit and PPE for every volunteer</source>
        <translation>Kit di primo soccorso e DPI per ogni volontario</translation>
    </message>
    <message>
        <source>Route, destination and contact at the destination known to each driver</source>
        <translation>Percorso, destinazione e referente sul posto noti a ogni autista</translation>
    </message>
    <message>
        <source>The module leader</source>
        <translation>Il capo modulo</translation>
    </message>
    <message>
        <source>The operations room</source>
        <translation>La sala operativa</translation>
    </message>
    <message>
        <source>Departure checklist: %1</source>
        <translation>Lista di partenza: %1</translation>
    </message>
    <message>
        <source>Departure checklists</source>
        <translation>Liste di partenza</translation>
    </message>
    <message>
        <source>Kept at</source>
        <translation>Custodito presso</translation>
    </message>
    <message>
        <source>No active module.</source>
        <translation>Nessun modulo attivo.</translation>
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
        <translation>&amp;Modulo:</translation>
    </message>
    <message>
        <source>Every active module</source>
        <translation>Tutti i moduli attivi</translation>
    </message>
    <message>
        <source>Colonna Mobile: deployments</source>
        <translation>Colonna Mobile: impieghi</translation>
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
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ambito</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Richiesto da</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dove</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Moduli</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Volontari</translation>
    </message>
    <message>
        <source>Person-days</source>
        <translation>Giornate/persona</translation>
    </message>
    <message>
        <source>Km</source>
        <translation>Km</translation>
    </message>
    <message>
        <source>Sent though not fit</source>
        <translation>Partiti non idonei</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>%1, %2 driven.</source>
        <translation>%1, %2 percorsi.</translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s)</source>
        <translation><numerusform>%n impiego</numerusform><numerusform>%n impieghi</numerusform></translation>
    </message>
</context>
<context>
    <name>fleet::FleetSyncTexts</name>
    <message>
        <source>Colonna Mobile sites</source>
        <translation>Sedi della Colonna Mobile</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Mezzi</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Attrezzature</translation>
    </message>
    <message>
        <source>Vehicle maintenance log</source>
        <translation>Registro delle manutenzioni dei mezzi</translation>
    </message>
    <message>
        <source>Equipment loans</source>
        <translation>Prestiti di attrezzature</translation>
    </message>
    <message>
        <source>Colonna Mobile site saved</source>
        <translation>Sede della Colonna Mobile salvata</translation>
    </message>
    <message>
        <source>Vehicle saved</source>
        <translation>Mezzo salvato</translation>
    </message>
    <message>
        <source>Equipment saved</source>
        <translation>Attrezzatura salvata</translation>
    </message>
    <message>
        <source>Vehicle maintenance recorded</source>
        <translation>Manutenzione registrata</translation>
    </message>
    <message>
        <source>Equipment lent</source>
        <translation>Attrezzatura prestata</translation>
    </message>
    <message>
        <source>Equipment returned</source>
        <translation>Attrezzatura rientrata</translation>
    </message>
    <message>
        <source>Vehicles or equipment imported</source>
        <translation>Mezzi o attrezzature importati</translation>
    </message>
    <message>
        <source>Colonna Mobile modules</source>
        <translation>Moduli della Colonna Mobile</translation>
    </message>
    <message>
        <source>Vehicles of the modules</source>
        <translation>Mezzi dei moduli</translation>
    </message>
    <message>
        <source>Equipment of the modules</source>
        <translation>Attrezzature dei moduli</translation>
    </message>
    <message>
        <source>Skills the modules need</source>
        <translation>Competenze richieste dai moduli</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>Impieghi</translation>
    </message>
    <message>
        <source>What went on each deployment</source>
        <translation>Cosa è partito in ogni impiego</translation>
    </message>
    <message>
        <source>Colonna Mobile module saved</source>
        <translation>Modulo della Colonna Mobile salvato</translation>
    </message>
    <message>
        <source>Deployment recorded</source>
        <translation>Impiego registrato</translation>
    </message>
</context>
<context>
    <name>fleet::FleetTab</name>
    <message>
        <source>&amp;Vehicles</source>
        <translation>&amp;Mezzi</translation>
    </message>
    <message>
        <source>&amp;Equipment</source>
        <translation>&amp;Attrezzature</translation>
    </message>
    <message>
        <source>&amp;Sites</source>
        <translation>&amp;Sedi</translation>
    </message>
    <message>
        <source>&amp;Modules</source>
        <translation>M&amp;oduli</translation>
    </message>
    <message>
        <source>&amp;Deployments</source>
        <translation>&amp;Impieghi</translation>
    </message>
</context>
<context>
    <name>fleet::FleetText</name>
    <message>
        <source>Headquarters</source>
        <translation>Sede centrale</translation>
    </message>
    <message>
        <source>Colonna Mobile pole</source>
        <translation>Polo della Colonna Mobile</translation>
    </message>
    <message>
        <source>Other place</source>
        <translation>Altro luogo</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>Operativo</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>In allestimento</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiusa</translation>
    </message>
    <message>
        <source>In maintenance</source>
        <translation>In manutenzione</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Fuori servizio</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Autovettura</translation>
    </message>
    <message>
        <source>Off-road vehicle</source>
        <translation>Fuoristrada</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>Furgone</translation>
    </message>
    <message>
        <source>Minibus</source>
        <translation>Minibus</translation>
    </message>
    <message>
        <source>Truck</source>
        <translation>Autocarro</translation>
    </message>
    <message>
        <source>Pick-up</source>
        <translation>Pick-up</translation>
    </message>
    <message>
        <source>Trailer</source>
        <translation>Rimorchio</translation>
    </message>
    <message>
        <source>Motorcycle</source>
        <translation>Motociclo</translation>
    </message>
    <message>
        <source>Special vehicle</source>
        <translation>Mezzo speciale</translation>
    </message>
    <message>
        <source>Metropolitan City</source>
        <translation>Città metropolitana</translation>
    </message>
    <message>
        <source>CCV-MI</source>
        <translation>CCV-MI</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Tent</source>
        <translation>Tenda</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>Gruppo elettrogeno</translation>
    </message>
    <message>
        <source>Pump</source>
        <translation>Pompa</translation>
    </message>
    <message>
        <source>Lighting tower</source>
        <translation>Torre faro</translation>
    </message>
    <message>
        <source>Field kitchen</source>
        <translation>Cucina da campo</translation>
    </message>
    <message>
        <source>Radio</source>
        <translation>Radio</translation>
    </message>
    <message>
        <source>Chainsaw</source>
        <translation>Motosega</translation>
    </message>
    <message>
        <source>Other equipment</source>
        <translation>Altra attrezzatura</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Buono</translation>
    </message>
    <message>
        <source>Worn</source>
        <translation>Usurata</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Danneggiata</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Persa</translation>
    </message>
</context>
<context>
    <name>fleet::LendEquipment</name>
    <message>
        <source>loan of equipment</source>
        <translation>prestito di attrezzatura</translation>
    </message>
</context>
<context>
    <name>fleet::LoanDialog</name>
    <message>
        <source>Lend %1</source>
        <translation>Presta %1</translation>
    </message>
    <message>
        <source>Return of %1</source>
        <translation>Rientro di %1</translation>
    </message>
    <message>
        <source>To &amp;organisation:</source>
        <translation>All'&amp;organizzazione:</translation>
    </message>
    <message>
        <source>&amp;Lent on:</source>
        <translation>&amp;Prestata il:</translation>
    </message>
    <message>
        <source>&amp;Returned on:</source>
        <translation>&amp;Rientrata il:</translation>
    </message>
    <message>
        <source>&amp;Condition:</source>
        <translation>&amp;Stato:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Note:</translation>
    </message>
</context>
<context>
    <name>fleet::MaintenanceDialog</name>
    <message>
        <source>Maintenance of %1</source>
        <translation>Manutenzione di %1</translation>
    </message>
    <message>
        <source>e.g. service and oil change</source>
        <translation>es. tagliando e cambio olio</translation>
    </message>
    <message>
        <source>euro, e.g. 245,50</source>
        <translation>euro, es. 245,50</translation>
    </message>
    <message>
        <source>workshop or volunteer</source>
        <translation>officina o volontario</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Km:</source>
        <translation>&amp;Km:</translation>
    </message>
    <message>
        <source>&amp;Work done:</source>
        <translation>&amp;Lavoro eseguito:</translation>
    </message>
    <message>
        <source>&amp;Cost:</source>
        <translation>&amp;Costo:</translation>
    </message>
    <message>
        <source>Done &amp;by:</source>
        <translation>Eseguito &amp;da:</translation>
    </message>
</context>
<context>
    <name>fleet::ModuleDialog</name>
    <message>
        <source>Module %1</source>
        <translation>Modulo %1</translation>
    </message>
    <message>
        <source>New module</source>
        <translation>Nuovo modulo</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(non indicata)</translation>
    </message>
    <message>
        <source>Vehicles of the module</source>
        <translation>Mezzi del modulo</translation>
    </message>
    <message>
        <source>Equipment of the module</source>
        <translation>Attrezzature del modulo</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualifica</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Volontari</translation>
    </message>
    <message>
        <source>Skills the module needs</source>
        <translation>Competenze richieste dal modulo</translation>
    </message>
    <message>
        <source>&amp;Add skill</source>
        <translation>&amp;Aggiungi competenza</translation>
    </message>
    <message>
        <source>&amp;Remove skill</source>
        <translation>&amp;Togli competenza</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrizione:</translation>
    </message>
    <message>
        <source>Kept at:</source>
        <translation>Custodito presso:</translation>
    </message>
    <message>
        <source>Vehicles:</source>
        <translation>Mezzi:</translation>
    </message>
    <message>
        <source>Equipment:</source>
        <translation>Attrezzature:</translation>
    </message>
    <message>
        <source>Skills needed (qualifications of the volunteers):</source>
        <translation>Competenze necessarie (qualifiche dei volontari):</translation>
    </message>
</context>
<context>
    <name>fleet::ModulesPage</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 su %2</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modulo</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Mezzi</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Attrezzature</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Volontari</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Prontezza</translation>
    </message>
    <message>
        <source>Modules of the Colonna Mobile</source>
        <translation>Moduli della Colonna Mobile</translation>
    </message>
    <message>
        <source>Why the module can or cannot leave</source>
        <translation>Perché il modulo può o non può partire</translation>
    </message>
    <message>
        <source>&amp;New module...</source>
        <translation>&amp;Nuovo modulo...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Modifica...</translation>
    </message>
    <message>
        <source>Departure &amp;checklist...</source>
        <translation>&amp;Lista di partenza...</translation>
    </message>
    <message>
        <source>Reading the modules' readiness…</source>
        <translation>Lettura della prontezza dei moduli…</translation>
    </message>
    <message>
        <source>%1 (not in use)</source>
        <translation>%1 (non in uso)</translation>
    </message>
    <message>
        <source>not in use</source>
        <translation>non in uso</translation>
    </message>
    <message numerus="yes">
        <source>Not ready: %Ln problem(s)</source>
        <translation>
            <numerusform>Non pronto: %Ln problema</numerusform>
            <numerusform>Non pronto: %Ln problemi</numerusform>
        </translation>
    </message>
    <message>
        <source>No module yet: make one with «New module...» and list its vehicles, equipment and skills.</source>
        <translation>Ancora nessun modulo: createne uno con «Nuovo modulo...» e indicatene mezzi, attrezzature e competenze.</translation>
    </message>
    <message>
        <source>On %1, %2 could leave now, of %3.</source>
        <translation>Al %1, pronti a partire ora: %2 su %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n modulo</numerusform>
            <numerusform>%n moduli</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active module(s)</source>
        <translation>
            <numerusform>%n modulo attivo</numerusform>
            <numerusform>%n moduli attivi</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to leave: every vehicle and piece of equipment is fit and every skill is covered.</source>
        <translation>Pronto a partire: tutti i mezzi e le attrezzature sono idonei e tutte le competenze sono coperte.</translation>
    </message>
    <message>
        <source>It cannot leave now:</source>
        <translation>Ora non può partire:</translation>
    </message>
    <message>
        <source>%1: %2 needed, %3 with a valid qualification</source>
        <translation>%1: %2 necessari, %3 con qualifica valida</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Competenze</translation>
    </message>
    <message>
        <source>De&amp;ploy...</source>
        <translation>Fai &amp;partire...</translation>
    </message>
    <message>
        <source>Record a deployment of the selected module: where, who asked, the km, the volunteers</source>
        <translation>Registra un impiego del modulo selezionato: dove, chi l'ha chiesto, i km, i volontari</translation>
    </message>
</context>
<context>
    <name>fleet::ReadinessText</name>
    <message>
        <source>The module has no vehicles, equipment or skills.</source>
        <translation>Il modulo non ha mezzi, attrezzature né competenze.</translation>
    </message>
    <message>
        <source>Vehicle %1: retired.</source>
        <translation>Mezzo %1: dismesso.</translation>
    </message>
    <message>
        <source>Vehicle %1: %2.</source>
        <translation>Mezzo %1: %2.</translation>
    </message>
    <message>
        <source>Vehicle %1: revision overdue since %2.</source>
        <translation>Mezzo %1: revisione scaduta dal %2.</translation>
    </message>
    <message>
        <source>Vehicle %1: insurance expired on %2.</source>
        <translation>Mezzo %1: assicurazione scaduta il %2.</translation>
    </message>
    <message>
        <source>Vehicle %1: deployed for «%2».</source>
        <translation>Mezzo %1: impiegato per «%2».</translation>
    </message>
    <message>
        <source>Equipment %1: retired.</source>
        <translation>Attrezzatura %1: dismessa.</translation>
    </message>
    <message>
        <source>Equipment %1: %2.</source>
        <translation>Attrezzatura %1: %2.</translation>
    </message>
    <message>
        <source>Equipment %1: periodic check overdue since %2.</source>
        <translation>Attrezzatura %1: verifica periodica scaduta dal %2.</translation>
    </message>
    <message>
        <source>Equipment %1: on loan to %2.</source>
        <translation>Attrezzatura %1: in prestito a %2.</translation>
    </message>
    <message>
        <source>Equipment %1: deployed for «%2».</source>
        <translation>Attrezzatura %1: impiegata per «%2».</translation>
    </message>
    <message>
        <source>«%1»: %2 of the %3 needed have a valid qualification.</source>
        <translation>«%1»: %2 dei %3 necessari hanno la qualifica valida.</translation>
    </message>
    <message>
        <source>Ready to leave</source>
        <translation>Pronto a partire</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Non pronto</translation>
    </message>
</context>
<context>
    <name>fleet::RecordDeployment</name>
    <message>
        <source>deployment</source>
        <translation>impiego</translation>
    </message>
</context>
<context>
    <name>fleet::RecordMaintenance</name>
    <message>
        <source>maintenance of %1</source>
        <translation>manutenzione del %1</translation>
    </message>
</context>
<context>
    <name>fleet::ReturnEquipment</name>
    <message>
        <source>return of equipment</source>
        <translation>rientro di attrezzatura</translation>
    </message>
</context>
<context>
    <name>fleet::SaveEquipment</name>
    <message>
        <source>equipment %1</source>
        <translation>attrezzatura %1</translation>
    </message>
</context>
<context>
    <name>fleet::SaveModule</name>
    <message>
        <source>module %1</source>
        <translation>modulo %1</translation>
    </message>
</context>
<context>
    <name>fleet::SaveSite</name>
    <message>
        <source>site %1</source>
        <translation>sede %1</translation>
    </message>
</context>
<context>
    <name>fleet::SaveVehicle</name>
    <message>
        <source>vehicle %1</source>
        <translation>mezzo %1</translation>
    </message>
</context>
<context>
    <name>fleet::SiteDialog</name>
    <message>
        <source>Site %1</source>
        <translation>Sede %1</translation>
    </message>
    <message>
        <source>New site</source>
        <translation>Nuova sede</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(non indicato)</translation>
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
        <source>&amp;Address:</source>
        <translation>&amp;Indirizzo:</translation>
    </message>
    <message>
        <source>&amp;Comune:</source>
        <translation>&amp;Comune:</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>S&amp;tato:</translation>
    </message>
    <message>
        <source>Ca&amp;pacity:</source>
        <translation>Ca&amp;pienza:</translation>
    </message>
</context>
<context>
    <name>fleet::SitesPage</name>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
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
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Mezzi</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Attrezzature</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capienza</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sedi</translation>
    </message>
    <message>
        <source>&amp;New site...</source>
        <translation>&amp;Nuova sede...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Modifica...</translation>
    </message>
</context>
<context>
    <name>fleet::VehicleDialog</name>
    <message>
        <source>Vehicle %1</source>
        <translation>Mezzo %1</translation>
    </message>
    <message>
        <source>New vehicle</source>
        <translation>Nuovo mezzo</translation>
    </message>
    <message>
        <source>AB 123 CD</source>
        <translation>AB 123 CD</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuna)</translation>
    </message>
    <message>
        <source>&amp;Plate:</source>
        <translation>&amp;Targa:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <source>&amp;Make and model:</source>
        <translation>Marca e &amp;modello:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Pro&amp;prietario:</translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation>Or&amp;ganizzazione:</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Sede:</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>S&amp;tato:</translation>
    </message>
    <message>
        <source>&amp;Registered on:</source>
        <translation>&amp;Immatricolato il:</translation>
    </message>
    <message>
        <source>Re&amp;vision due:</source>
        <translation>Scadenza re&amp;visione:</translation>
    </message>
    <message>
        <source>&amp;Insurance expires:</source>
        <translation>Scadenza &amp;assicurazione:</translation>
    </message>
    <message>
        <source>&amp;Odometer:</source>
        <translation>C&amp;ontachilometri:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Note:</translation>
    </message>
</context>
<context>
    <name>fleet::VehiclesPage</name>
    <message>
        <source>Search by plate, model or owner</source>
        <translation>Cerca per targa, modello o proprietario</translation>
    </message>
    <message>
        <source>Every state</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <source>Only &amp;deadlines within 30 days or overdue</source>
        <translation>Solo &amp;scadenze entro 30 giorni o superate</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Targa</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modello</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Proprietario</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Revision due</source>
        <translation>Scadenza revisione</translation>
    </message>
    <message>
        <source>Insurance expires</source>
        <translation>Scadenza assicurazione</translation>
    </message>
    <message>
        <source>Km</source>
        <translation>Km</translation>
    </message>
    <message>
        <source>Out of service: its deadlines are not watched</source>
        <translation>Fuori servizio: le sue scadenze non sono sorvegliate</translation>
    </message>
    <message>
        <source>Revision or insurance overdue</source>
        <translation>Revisione o assicurazione scaduta</translation>
    </message>
    <message>
        <source>Revision or insurance due within 30 days</source>
        <translation>Revisione o assicurazione in scadenza entro 30 giorni</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Mezzi</translation>
    </message>
    <message>
        <source>&amp;New vehicle...</source>
        <translation>&amp;Nuovo mezzo...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Modifica...</translation>
    </message>
    <message>
        <source>Record &amp;maintenance...</source>
        <translation>Registra &amp;manutenzione...</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Lavoro</translation>
    </message>
    <message>
        <source>Cost (€)</source>
        <translation>Costo (€)</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Eseguito da</translation>
    </message>
    <message>
        <source>(cancellation of an earlier entry)</source>
        <translation>(annullamento di una voce precedente)</translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1 (annullata)</translation>
    </message>
    <message>
        <source>Maintenance log</source>
        <translation>Registro delle manutenzioni</translation>
    </message>
    <message numerus="yes">
        <source>%Ln vehicle(s)</source>
        <translation>
            <numerusform>%Ln mezzo</numerusform>
            <numerusform>%Ln mezzi</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a vehicle to see its maintenance log.</source>
        <translation>Scegli un mezzo per vederne il registro delle manutenzioni.</translation>
    </message>
    <message>
        <source>Maintenance log of %1</source>
        <translation>Registro delle manutenzioni di %1</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importa…</translation>
    </message>
    <message>
        <source>Reads a spreadsheet (CSV): its lines and problems are shown before anything is written</source>
        <translation>Legge un foglio di calcolo (CSV): le righe e i problemi si vedono prima di scrivere qualcosa</translation>
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
        <source>%Ln closed request(s)</source>
        <translation>
            <numerusform>%Ln richiesta chiusa</numerusform>
            <numerusform>%Ln richieste chiuse</numerusform>
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
        <source>&lt;b style="font-size:large;"&gt;%1&lt;/b&gt; · %2 · request %3</source>
        <translation>&lt;b style="font-size:large;"&gt;%1&lt;/b&gt; · %2 · richiesta %3</translation>
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
        <source>&amp;Log</source>
        <translation>&amp;Registra</translation>
    </message>
    <message numerus="yes">
        <source>After %n failed attempt(s), or a wrong number, the request goes to the coordinator: it stays in the queue until someone reaches the caller.</source>
        <translation>
            <numerusform>Dopo %n tentativo fallito, o un numero errato, la richiesta passa al coordinatore: resta in coda finché qualcuno non raggiunge il chiamante.</numerusform>
            <numerusform>Dopo %n tentativi falliti, o un numero errato, la richiesta passa al coordinatore: resta in coda finché qualcuno non raggiunge il chiamante.</numerusform>
        </translation>
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
        <translation>raggiunto: registrare l'esito</translation>
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
    <message>
        <source>Received %1 · call back by %2</source>
        <translation>Ricevuta il %1 · richiamare entro il %2</translation>
    </message>
    <message>
        <source>24 hours: %1 · 48 hours: %2</source>
        <translation>24 ore: %1 · 48 ore: %2</translation>
    </message>
    <message>
        <source>Only coordinators and psychologists signed in can read callers' data.</source>
        <translation>Solo coordinatori e psicologi che hanno eseguito l'accesso possono leggere i dati dei chiamanti.</translation>
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
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln fallito</numerusform>
            <numerusform>%Ln falliti</numerusform>
        </translation>
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
        <source>Only coordinators and psychologists signed in can read participants' names.</source>
        <translation>Solo coordinatori e psicologi che hanno eseguito l'accesso possono leggere i nomi dei partecipanti.</translation>
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
        <source>The name is stored encrypted, like callers' data.</source>
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
        <source>The participant stays in the group's history.</source>
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
        <translation>«%1» non è un numero di telefono chiamabile: da 6 a 15 cifre, spazi ammessi, + per l'estero.</translation>
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
        <translation>Quello psicologo non è nell'elenco.</translation>
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
        <translation>Una richiamata alle %3 verrebbe prima del messaggio della richiesta %1 (%2): controlla l'ora.</translation>
    </message>
    <message>
        <source>A call to 118 at %3 would come before the message of request %1 (%2): check the time.</source>
        <translation>Una chiamata al 118 alle %3 verrebbe prima del messaggio della richiesta %1 (%2): controlla l'ora.</translation>
    </message>
    <message>
        <source>The interview at %3 would come before the message of request %1 (%2): check the time.</source>
        <translation>Il colloquio alle %3 verrebbe prima del messaggio della richiesta %1 (%2): controlla l'ora.</translation>
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
        <source>Write the psychologist's name and surname.</source>
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
        <translation>Scegli il giorno, l'ora e una durata tra 15 minuti e 4 ore.</translation>
    </message>
    <message>
        <source>A support group is led by two different psychologists.</source>
        <translation>Un gruppo di supporto è condotto da due psicologi diversi.</translation>
    </message>
    <message>
        <source>The group's end date comes before its start.</source>
        <translation>La data di fine del gruppo viene prima dell'inizio.</translation>
    </message>
    <message>
        <source>There is already a group called «%1».</source>
        <translation>Esiste già un gruppo chiamato «%1».</translation>
    </message>
    <message>
        <source>Write the participant's name.</source>
        <translation>Scrivi il nome del partecipante.</translation>
    </message>
    <message>
        <source>The date is outside the group's period.</source>
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
        <translation>Quell'incontro è già registrato.</translation>
    </message>
    <message numerus="yes">
        <source>The text is too long: at most %n character(s).</source>
        <translation>
            <numerusform>Il testo è troppo lungo: al massimo %n carattere.</numerusform>
            <numerusform>Il testo è troppo lungo: al massimo %n caratteri.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Request %1 can be closed as unreachable only after %n failed attempt(s) or a wrong number (now: %2).</source>
        <translation>
            <numerusform>La richiesta %1 può essere chiusa come irraggiungibile solo dopo %n tentativo fallito o un numero errato (finora: %2).</numerusform>
            <numerusform>La richiesta %1 può essere chiusa come irraggiungibile solo dopo %n tentativi falliti o un numero errato (finora: %2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>listening::ListeningModule</name>
    <message>
        <source>Requests to call back</source>
        <translation>Richieste da richiamare</translation>
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
    <message>
        <source>Called back within 24 h</source>
        <translation>Richiamati entro 24 h</translation>
    </message>
    <message>
        <source>Callbacks due</source>
        <translation>Richiami da fare</translation>
    </message>
    <message>
        <source>AscoltiAMO</source>
        <translation>AscoltiAMO</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more waiting for the outcome</source>
        <translation>
            <numerusform>altra %Ln in attesa dell'esito</numerusform>
            <numerusform>altre %Ln in attesa dell'esito</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln beyond 24 hours</source>
        <translation>
            <numerusform>%Ln oltre le 24 ore</numerusform>
            <numerusform>%Ln oltre le 24 ore</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %Ln request(s) in the last 30 days</source>
        <translation>
            <numerusform>su %Ln richiesta negli ultimi 30 giorni</numerusform>
            <numerusform>su %Ln richieste negli ultimi 30 giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>Callers (AscoltiAMO)</source>
        <translation>Chiamanti (AscoltiAMO)</translation>
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
        <source>Contains callers' personal data: keep it confidential and destroy it after use.</source>
        <translation>Contiene dati personali dei chiamanti: conservalo riservato e distruggilo dopo l'uso.</translation>
    </message>
    <message>
        <source>Callers' names and phone numbers are shown only to coordinators and psychologists signed in.</source>
        <translation>Nomi e numeri di telefono dei chiamanti sono mostrati solo a coordinatori e psicologi che hanno eseguito l'accesso.</translation>
    </message>
</context>
<context>
    <name>listening::ListeningSyncTexts</name>
    <message>
        <source>Callback assignments</source>
        <translation>Assegnazioni delle richiamate</translation>
    </message>
    <message>
        <source>Call attempts</source>
        <translation>Tentativi di chiamata</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Segnalazioni</translation>
    </message>
    <message>
        <source>Interview outcomes</source>
        <translation>Esiti dei colloqui</translation>
    </message>
    <message>
        <source>Support group sessions</source>
        <translation>Incontri dei gruppi di sostegno</translation>
    </message>
    <message>
        <source>Listening requests</source>
        <translation>Richieste di ascolto</translation>
    </message>
    <message>
        <source>Psychologists</source>
        <translation>Psicologi</translation>
    </message>
    <message>
        <source>Support groups</source>
        <translation>Gruppi di sostegno</translation>
    </message>
    <message>
        <source>Support group participants</source>
        <translation>Partecipanti ai gruppi di sostegno</translation>
    </message>
    <message>
        <source>Psychologists in the COC</source>
        <translation>Psicologi nei COC</translation>
    </message>
    <message>
        <source>Call attempt recorded</source>
        <translation>Tentativo di chiamata registrato</translation>
    </message>
    <message>
        <source>Call attempt voided</source>
        <translation>Tentativo di chiamata annullato</translation>
    </message>
    <message>
        <source>Escalation recorded</source>
        <translation>Segnalazione urgente registrata</translation>
    </message>
    <message>
        <source>Participant added to a support group</source>
        <translation>Partecipante aggiunto a un gruppo di sostegno</translation>
    </message>
    <message>
        <source>Participant left a support group</source>
        <translation>Partecipante uscito da un gruppo di sostegno</translation>
    </message>
    <message>
        <source>Support group saved</source>
        <translation>Gruppo di sostegno salvato</translation>
    </message>
    <message>
        <source>Support group session recorded</source>
        <translation>Incontro del gruppo di sostegno registrato</translation>
    </message>
    <message>
        <source>Listening outcome recorded</source>
        <translation>Esito dell'ascolto registrato</translation>
    </message>
    <message>
        <source>Request assigned to a psychologist</source>
        <translation>Richiesta assegnata a uno psicologo</translation>
    </message>
    <message>
        <source>Request closed: caller unreachable</source>
        <translation>Richiesta chiusa: chiamante irraggiungibile</translation>
    </message>
    <message>
        <source>Listening request registered</source>
        <translation>Richiesta di ascolto registrata</translation>
    </message>
    <message>
        <source>Psychologist placed at a COC</source>
        <translation>Psicologo assegnato a un COC</translation>
    </message>
    <message>
        <source>Placement at a COC ended</source>
        <translation>Assegnazione a un COC conclusa</translation>
    </message>
    <message>
        <source>Psychologist saved</source>
        <translation>Psicologo salvato</translation>
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
    <message>
        <source>AscoltiAMO</source>
        <translation>AscoltiAMO</translation>
    </message>
    <message>
        <source>There is no active psychologist on the roster: add them in «Psychologists and COC».</source>
        <translation>Non c'è nessuno psicologo attivo nell'elenco: aggiungili in «Psicologi e COC».</translation>
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
        <source>&lt;b&gt;%Ln request(s)&lt;/b&gt; to call back</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln richiesta&lt;/b&gt; da richiamare</numerusform>
            <numerusform>&lt;b&gt;%Ln richieste&lt;/b&gt; da richiamare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting for the outcome</source>
        <translation>
            <numerusform>%Ln in attesa dell'esito</numerusform>
            <numerusform>%Ln in attesa dell'esito</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln OVERDUE&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln SCADUTA&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%Ln SCADUTE&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln beyond 24 hours</source>
        <translation>
            <numerusform>%Ln oltre le 24 ore</numerusform>
            <numerusform>%Ln oltre le 24 ore</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln due within 4 hours</source>
        <translation>
            <numerusform>%Ln in scadenza entro 4 ore</numerusform>
            <numerusform>%Ln in scadenza entro 4 ore</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln with the coordinator&lt;/b&gt; after failed calls</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln al coordinatore&lt;/b&gt; dopo chiamate fallite</numerusform>
            <numerusform>&lt;b&gt;%Ln al coordinatore&lt;/b&gt; dopo chiamate fallite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s) failed. Write what was tried (a message left, another number...): the request leaves the queue.</source>
        <translation>
            <numerusform>%Ln chiamata fallita. Scrivi che cosa si è tentato (messaggio lasciato, altro numero...): la richiesta esce dalla coda.</numerusform>
            <numerusform>%Ln chiamate fallite. Scrivi che cosa si è tentato (messaggio lasciato, altro numero...): la richiesta esce dalla coda.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the callback queue…</source>
        <translation>Lettura della coda dei richiami…</translation>
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
        <translation>Com'è andato il colloquio della richiesta %1. Registrarlo chiude la richiesta.</translation>
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
    <name>listening::RequestCommandText</name>
    <message>
        <source>assignment of request %1</source>
        <translation>assegnazione della richiesta %1</translation>
    </message>
    <message>
        <source>call for request %1</source>
        <translation>chiamata della richiesta %1</translation>
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
        <translation>Annulla l'ultima &amp;registrazione...</translation>
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
        <translation>riservato: solo coordinatori e psicologi che hanno eseguito l'accesso possono leggerlo</translation>
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
    <message numerus="yes">
        <source>with the coordinator: %Ln failed attempt(s)</source>
        <translation>
            <numerusform>al coordinatore: %Ln tentativo fallito</numerusform>
            <numerusform>al coordinatore: %Ln tentativi falliti</numerusform>
        </translation>
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
        <translation>Uno psicologo volontario della squadra SPE. Collega l'account con cui accede, se ne ha uno: la coda gli mostrerà così le sue richieste.</translation>
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
        <source>A psychologist who works at a comune's COC from a date.</source>
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
<context>
    <name>room::ActionDialog</name>
    <message>
        <source>New action</source>
        <translation>Nuova azione</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuna)</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Azione:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsabile:</translation>
    </message>
    <message>
        <source>D&amp;ue by:</source>
        <translation>&amp;Scadenza:</translation>
    </message>
    <message>
        <source>From the &amp;decision:</source>
        <translation>Dalla &amp;decisione:</translation>
    </message>
</context>
<context>
    <name>room::ActionStateDialog</name>
    <message>
        <source>State of the action</source>
        <translation>Stato dell'azione</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Azione:</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Ora:</translation>
    </message>
    <message>
        <source>&amp;New state:</source>
        <translation>&amp;Nuovo stato:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
</context>
<context>
    <name>room::AppendDiaryEntry</name>
    <message>
        <source>diary correction</source>
        <translation>correzione del diario</translation>
    </message>
    <message>
        <source>diary entry</source>
        <translation>voce del diario</translation>
    </message>
</context>
<context>
    <name>room::BoardPage</name>
    <message>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalità</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Presenti</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Richieste</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisioni</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Azioni</translation>
    </message>
    <message>
        <source>Meetings of the last 90 days</source>
        <translation>Riunioni degli ultimi 90 giorni</translation>
    </message>
    <message>
        <source>The meeting's attendance, requests, decisions and actions</source>
        <translation>Presenze, richieste, decisioni e azioni della riunione</translation>
    </message>
    <message>
        <source>&amp;Today's meeting…</source>
        <translation>Riunione di &amp;oggi…</translation>
    </message>
    <message>
        <source>&amp;Change meeting…</source>
        <translation>&amp;Modifica riunione…</translation>
    </message>
    <message>
        <source>New &amp;decision…</source>
        <translation>Nuova &amp;decisione…</translation>
    </message>
    <message>
        <source>New &amp;action…</source>
        <translation>Nuova &amp;azione…</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>&amp;Riunioni</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Riunione</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Actions not completed nor cancelled</source>
        <translation>Azioni né completate né annullate</translation>
    </message>
    <message>
        <source>Change &amp;state…</source>
        <translation>Cambia &amp;stato…</translation>
    </message>
    <message>
        <source>&amp;New action…</source>
        <translation>&amp;Nuova azione…</translation>
    </message>
    <message>
        <source>Open &amp;actions</source>
        <translation>&amp;Azioni aperte</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Delegate of</source>
        <translation>Delegato di</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ente</translation>
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
        <source>Account</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Members of the Cabina di regia and their delegates</source>
        <translation>Componenti della Cabina di regia e loro delegati</translation>
    </message>
    <message>
        <source>New &amp;member…</source>
        <translation>Nuovo &amp;componente…</translation>
    </message>
    <message>
        <source>C&amp;hange member…</source>
        <translation>Modi&amp;fica componente…</translation>
    </message>
    <message>
        <source>New &amp;role…</source>
        <translation>Nuovo &amp;ruolo…</translation>
    </message>
    <message>
        <source>M&amp;embers</source>
        <translation>Co&amp;mponenti</translation>
    </message>
    <message>
        <source>&lt;p&gt;No meeting in the last 90 days. &lt;i&gt;Today's meeting…&lt;/i&gt; opens it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nessuna riunione negli ultimi 90 giorni. &lt;i&gt;Riunione di oggi…&lt;/i&gt; la apre.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Meeting of %1 (%2)&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Riunione del %1 (%2)&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Attended:&lt;/b&gt; </source>
        <translation>&lt;p&gt;&lt;b&gt;Presenti:&lt;/b&gt; </translation>
    </message>
    <message>
        <source>%1 (delegate of %2)</source>
        <translation>%1 (delegato di %2)</translation>
    </message>
    <message>
        <source>nobody recorded</source>
        <translation>nessuno registrato</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Requests from the territory examined:&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Richieste dal territorio esaminate:&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;none&lt;/p&gt;</source>
        <translation>&lt;p&gt;nessuna&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 of %2: %3, %4</source>
        <translation>%1 del %2: %3, %4</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Decisions:&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Decisioni:&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Actions:&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Azioni:&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 — %2, by %3: %4</source>
        <translation>%1 — %2, entro il %3: %4</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>scaduta</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Scaduta</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) overdue</source>
        <translation>
            <numerusform>%n azione scaduta</numerusform>
            <numerusform>%n azioni scadute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s), none overdue</source>
        <translation>
            <numerusform>%n azione aperta, nessuna scaduta</numerusform>
            <numerusform>%n azioni aperte, nessuna scaduta</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (no longer a member)</source>
        <translation>%1 (non più componente)</translation>
    </message>
    <message>
        <source>Cabina di regia</source>
        <translation>Cabina di regia</translation>
    </message>
    <message>
        <source>New decision</source>
        <translation>Nuova decisione</translation>
    </message>
    <message>
        <source>The decision taken:</source>
        <translation>La decisione presa:</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Nuovo ruolo</translation>
    </message>
    <message>
        <source>The Cabina di regia can be extended to those working on a line of action. Role:</source>
        <translation>La Cabina di regia può essere integrata con chi lavora su una linea d'azione. Ruolo:</translation>
    </message>
</context>
<context>
    <name>room::BoardSyncTexts</name>
    <message>
        <source>Cabina di regia roles</source>
        <translation>Ruoli della Cabina di regia</translation>
    </message>
    <message>
        <source>Cabina di regia members</source>
        <translation>Componenti della Cabina di regia</translation>
    </message>
    <message>
        <source>Cabina di regia meetings</source>
        <translation>Riunioni della Cabina di regia</translation>
    </message>
    <message>
        <source>Meeting attendance</source>
        <translation>Presenze alle riunioni</translation>
    </message>
    <message>
        <source>Requests examined by the Cabina di regia</source>
        <translation>Richieste esaminate dalla Cabina di regia</translation>
    </message>
    <message>
        <source>Cabina di regia decisions</source>
        <translation>Decisioni della Cabina di regia</translation>
    </message>
    <message>
        <source>Cabina di regia actions</source>
        <translation>Azioni della Cabina di regia</translation>
    </message>
    <message>
        <source>Changes of state of the actions</source>
        <translation>Cambi di stato delle azioni</translation>
    </message>
    <message>
        <source>Communications register</source>
        <translation>Registro di protocollo</translation>
    </message>
    <message>
        <source>Circulars to the mayors</source>
        <translation>Circolari ai Sindaci</translation>
    </message>
    <message>
        <source>Circulars sent to each comune</source>
        <translation>Circolari inviate a ciascun comune</translation>
    </message>
    <message>
        <source>Sender of the room's messages</source>
        <translation>Mittente dei messaggi della sala</translation>
    </message>
    <message>
        <source>Cabina di regia role saved</source>
        <translation>Ruolo della Cabina di regia salvato</translation>
    </message>
    <message>
        <source>Cabina di regia member saved</source>
        <translation>Componente della Cabina di regia salvato</translation>
    </message>
    <message>
        <source>Cabina di regia meeting saved</source>
        <translation>Riunione della Cabina di regia salvata</translation>
    </message>
    <message>
        <source>Decision recorded</source>
        <translation>Decisione registrata</translation>
    </message>
    <message>
        <source>Action assigned</source>
        <translation>Azione assegnata</translation>
    </message>
    <message>
        <source>State of an action changed</source>
        <translation>Stato di un'azione cambiato</translation>
    </message>
    <message>
        <source>Communication registered</source>
        <translation>Comunicazione protocollata</translation>
    </message>
    <message>
        <source>Circular to the mayors registered</source>
        <translation>Circolare ai Sindaci protocollata</translation>
    </message>
    <message>
        <source>Circular letters and messages prepared</source>
        <translation>Lettere e messaggi della circolare preparati</translation>
    </message>
    <message>
        <source>Mayor of a comune recorded</source>
        <translation>Sindaco di un comune registrato</translation>
    </message>
    <message>
        <source>Sender of the room's messages set</source>
        <translation>Mittente dei messaggi della sala impostato</translation>
    </message>
    <message>
        <source>role %1</source>
        <translation>ruolo %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>meeting of %1</source>
        <translation>riunione del %1</translation>
    </message>
    <message>
        <source>decision of the meeting of %1</source>
        <translation>decisione della riunione del %1</translation>
    </message>
    <message>
        <source>action «%1»</source>
        <translation>azione «%1»</translation>
    </message>
    <message>
        <source>protocol %1</source>
        <translation>protocollo %1</translation>
    </message>
    <message>
        <source>circular %1</source>
        <translation>circolare %1</translation>
    </message>
</context>
<context>
    <name>room::BoardText</name>
    <message>
        <source>%1, delegate of %2 (%3)</source>
        <translation>%1, delegato di %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>aperta</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in corso</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completata</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annullata</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>da remoto</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>in presenza</translation>
    </message>
    <message>
        <source>in person and remote</source>
        <translation>in presenza e da remoto</translation>
    </message>
</context>
<context>
    <name>room::ChangeEventPhase</name>
    <message>
        <source>change of phase</source>
        <translation>cambio di fase</translation>
    </message>
</context>
<context>
    <name>room::CircularDialog</name>
    <message>
        <source>Circular to the mayors</source>
        <translation>Circolare ai Sindaci</translation>
    </message>
    <message>
        <source>All the 133 comuni</source>
        <translation>Tutti i 133 comuni</translation>
    </message>
    <message>
        <source>The comuni of a zona omogenea</source>
        <translation>I comuni di una zona omogenea</translation>
    </message>
    <message>
        <source>The comuni of an event</source>
        <translation>I comuni di un evento</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuna)</translation>
    </message>
    <message>
        <source>Date of the circular</source>
        <translation>Data della circolare</translation>
    </message>
    <message>
        <source>Text of the letter</source>
        <translation>Testo della lettera</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <source>Merge fields: {comune} {sindaco} {pec} {email} {zona} {evento} {data} {protocollo}</source>
        <translation>Campi di unione: {comune} {sindaco} {pec} {email} {zona} {evento} {data} {protocollo}</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;A:</translation>
    </message>
    <message>
        <source>&amp;Zona omogenea:</source>
        <translation>&amp;Zona omogenea:</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Evento:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Oggetto:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;sto:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Cartella:</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Mayor</source>
        <translation>Sindaco</translation>
    </message>
    <message>
        <source>PEC</source>
        <translation>PEC</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manca</translation>
    </message>
    <message>
        <source>The comuni the circular goes to</source>
        <translation>I comuni a cui va la circolare</translation>
    </message>
    <message>
        <source>Preview the circular to see the comuni it goes to and what they lack.</source>
        <translation>Con l’anteprima si vedono i comuni a cui va la circolare e che cosa manca a ciascuno.</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Anteprima</translation>
    </message>
    <message>
        <source>Prepare &amp;letters and messages</source>
        <translation>Prepara &amp;lettere e messaggi</translation>
    </message>
    <message>
        <source>Folder of the letters</source>
        <translation>Cartella delle lettere</translation>
    </message>
    <message>
        <source>PEC (no message)</source>
        <translation>PEC (nessun messaggio)</translation>
    </message>
    <message numerus="yes">
        <source>%n comune(s): a letter each</source>
        <translation>
            <numerusform>%n comune: una lettera</numerusform>
            <numerusform>%n comuni: una lettera ciascuno</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n message(s) to their PEC.</source>
        <translation>
            <numerusform>e %n messaggio alla PEC.</numerusform>
            <numerusform>e %n messaggi alle PEC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comune(s) without PEC get the letter only: listed first.</source>
        <translation>
            <numerusform>%n comune senza PEC riceve solo la lettera: è in cima alla lista.</numerusform>
            <numerusform>%n comuni senza PEC ricevono solo la lettera: sono in cima alla lista.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comune(s) lack a merge field: its place stays empty.</source>
        <translation>
            <numerusform>A %n comune manca un campo di unione: il suo posto resta vuoto.</numerusform>
            <numerusform>A %n comuni manca un campo di unione: il suo posto resta vuoto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Letters prepared</source>
        <translation>Lettere preparate</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Interrompi</translation>
    </message>
    <message>
        <source>Stopping after the letters being printed…</source>
        <translation>Interruzione dopo le lettere in stampa…</translation>
    </message>
    <message>
        <source>%v of %m letters</source>
        <translation>%v di %m lettere</translation>
    </message>
    <message>
        <source>Circular %1: preparing the letters and messages…</source>
        <translation>Circolare %1: preparazione delle lettere e dei messaggi…</translation>
    </message>
    <message numerus="yes">
        <source>Circular %1: %n comune(s) still without letter and message.</source>
        <translation><numerusform>Circolare %1: %n comune ancora senza lettera e messaggio.</numerusform><numerusform>Circolare %1: %n comuni ancora senza lettera e messaggio.</numerusform></translation>
    </message>
    <message>
        <source>Prepare &amp;again</source>
        <translation>Prepara di &amp;nuovo</translation>
    </message>
    <message>
        <source>Circular %1: writing the files…</source>
        <translation>Circolare %1: scrittura dei file…</translation>
    </message>
    <message>
        <source>Stopped: no letter or message of circular %1 was written and no sending was logged. «Prepare again» writes them; closing leaves the circular in the register without letters.</source>
        <translation>Interrotto: nessuna lettera e nessun messaggio della circolare %1 è stato scritto, nessun invio è stato registrato. «Prepara di nuovo» li scrive; chiudendo, la circolare resta a protocollo senza lettere.</translation>
    </message>
    <message>
        <source>Circular %1: no letter or message was written and no sending was logged. %2</source>
        <translation>Circolare %1: nessuna lettera e nessun messaggio è stato scritto, nessun invio è stato registrato. %2</translation>
    </message>
    <message>
        <source>Circular %1: the files were written but the sendings could not be logged. %2</source>
        <translation>Circolare %1: i file sono stati scritti ma gli invii non si sono potuti registrare. %2</translation>
    </message>
</context>
<context>
    <name>room::CircularLog</name>
    <message>
        <source>Circulars to the mayors: sendings</source>
        <translation>Circolari ai sindaci: invii</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocollo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
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
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Outcome code</source>
        <translation>Codice esito</translation>
    </message>
    <message>
        <source>PEC</source>
        <translation>PEC</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettera</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Preparato</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>message ready</source>
        <translation>messaggio pronto</translation>
    </message>
    <message>
        <source>letter only: no PEC</source>
        <translation>solo lettera: senza PEC</translation>
    </message>
    <message>
        <source>Sendings</source>
        <translation>Invii</translation>
    </message>
    <message>
        <source>Messages ready</source>
        <translation>Messaggi pronti</translation>
    </message>
    <message>
        <source>Letter only</source>
        <translation>Solo lettera</translation>
    </message>
    <message>
        <source>No circular has been prepared yet.</source>
        <translation>Nessuna circolare è stata ancora preparata.</translation>
    </message>
</context>
<context>
    <name>room::CocDialog</name>
    <message>
        <source>COC of %1 opened</source>
        <translation>Apertura del COC di %1</translation>
    </message>
    <message>
        <source>COC of %1 closed</source>
        <translation>Chiusura del COC di %1</translation>
    </message>
    <message>
        <source>Opened at</source>
        <translation>Aperto il</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>Chiuso il</translation>
    </message>
    <message>
        <source>(no event)</source>
        <translation>(nessun evento)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>&amp;Opened at:</source>
        <translation>&amp;Aperto il:</translation>
    </message>
    <message>
        <source>&amp;Closed at:</source>
        <translation>&amp;Chiuso il:</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Evento:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
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
        <translation>Il ruolo richiede un nome da 2 a 120 caratteri.</translation>
    </message>
    <message>
        <source>There is already a role «%1».</source>
        <translation>Esiste già un ruolo «%1».</translation>
    </message>
    <message>
        <source>That role of the Cabina di regia does not exist.</source>
        <translation>Quel ruolo della Cabina di regia non esiste.</translation>
    </message>
    <message>
        <source>The member needs a name of 2 to 120 characters.</source>
        <translation>Il componente richiede un nome da 2 a 120 caratteri.</translation>
    </message>
    <message>
        <source>That member of the Cabina di regia does not exist.</source>
        <translation>Quel componente della Cabina di regia non esiste.</translation>
    </message>
    <message>
        <source>%1 is no longer a member of the Cabina di regia.</source>
        <translation>%1 non è più componente della Cabina di regia.</translation>
    </message>
    <message>
        <source>A delegate stands in for a member of the same role, not for another delegate.</source>
        <translation>Un delegato sostituisce un componente dello stesso ruolo, non un altro delegato.</translation>
    </message>
    <message>
        <source>A meeting cannot be recorded before its day.</source>
        <translation>Una riunione non si registra prima del suo giorno.</translation>
    </message>
    <message>
        <source>That meeting does not exist.</source>
        <translation>Quella riunione non esiste.</translation>
    </message>
    <message>
        <source>That request from the territory does not exist.</source>
        <translation>Quella richiesta dal territorio non esiste.</translation>
    </message>
    <message>
        <source>Write the decision.</source>
        <translation>Scrivere la decisione.</translation>
    </message>
    <message>
        <source>Write what the action is.</source>
        <translation>Scrivere in che cosa consiste l'azione.</translation>
    </message>
    <message>
        <source>The action cannot be due before the meeting that decided it.</source>
        <translation>L'azione non può scadere prima della riunione che l'ha decisa.</translation>
    </message>
    <message>
        <source>That decision is not of this meeting.</source>
        <translation>Quella decisione non è di questa riunione.</translation>
    </message>
    <message>
        <source>That action does not exist.</source>
        <translation>Quella azione non esiste.</translation>
    </message>
    <message>
        <source>A completed or cancelled action does not change state any more.</source>
        <translation>Un'azione completata o annullata non cambia più stato.</translation>
    </message>
    <message>
        <source>The text is too long.</source>
        <translation>Il testo è troppo lungo.</translation>
    </message>
    <message>
        <source>The date is not valid.</source>
        <translation>La data non è valida.</translation>
    </message>
    <message>
        <source>A communication cannot be registered with a date after today.</source>
        <translation>Una comunicazione non si protocolla con una data successiva a oggi.</translation>
    </message>
    <message>
        <source>Write who sent or receives the communication.</source>
        <translation>Scrivere chi invia o riceve la comunicazione.</translation>
    </message>
    <message>
        <source>Write the subject.</source>
        <translation>Scrivere l'oggetto.</translation>
    </message>
    <message>
        <source>Write the text of the letter.</source>
        <translation>Scrivere il testo della lettera.</translation>
    </message>
    <message>
        <source>The file %1 is not there.</source>
        <translation>Il file %1 non c’è.</translation>
    </message>
    <message>
        <source>{%1} is not a merge field. The fields are {comune}, {sindaco}, {pec}, {email}, {zona}, {evento}, {data} and {protocollo}.</source>
        <translation>{%1} non è un campo di unione. I campi sono {comune}, {sindaco}, {pec}, {email}, {zona}, {evento}, {data} e {protocollo}.</translation>
    </message>
    <message>
        <source>Choose the event whose comuni the circular goes to.</source>
        <translation>Scegliere l'evento ai cui comuni va la circolare.</translation>
    </message>
    <message>
        <source>That event does not exist.</source>
        <translation>Quell’evento non esiste.</translation>
    </message>
    <message>
        <source>No comune to write to: the event has no comuni yet.</source>
        <translation>Nessun comune a cui scrivere: l'evento non ha ancora comuni.</translation>
    </message>
    <message>
        <source>Choose the folder of the letters and messages.</source>
        <translation>Scegliere la cartella di lettere e messaggi.</translation>
    </message>
    <message>
        <source>The room's PEC address (the messages' sender) is not set: Protocollo › Sender.</source>
        <translation>Manca l’indirizzo PEC della sala (mittente dei messaggi): Protocollo › Mittente.</translation>
    </message>
    <message>
        <source>The sender needs a name.</source>
        <translation>Il mittente richiede un nome.</translation>
    </message>
    <message>
        <source>That circular does not exist.</source>
        <translation>Quella circolare non esiste.</translation>
    </message>
    <message>
        <source>The circular was already prepared for that comune.</source>
        <translation>La circolare per quel comune è già stata preparata.</translation>
    </message>
    <message>
        <source>Overdue actions of the Cabina di regia</source>
        <translation>Azioni della Cabina di regia scadute</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) open</source>
        <translation>
            <numerusform>%n azione aperta</numerusform>
            <numerusform>%n azioni aperte</numerusform>
        </translation>
    </message>
    <message>
        <source>No comune to write to: no comune is in the zona omogenea %1 yet (the Comuni tab gives each comune its zone).</source>
        <translation>Nessun comune a cui scrivere: nessun comune è ancora nella zona omogenea %1 (la scheda Comuni assegna a ogni comune la sua zona).</translation>
    </message>
    <message>
        <source>The folder %1 cannot take the letters: it is a file, or it cannot be written.</source>
        <translation>La cartella %1 non può ricevere le lettere: è un file, oppure non vi si può scrivere.</translation>
    </message>
    <message>
        <source>Stopped: no letter or message of circular %1 was written.</source>
        <translation>Interrotto: nessuna lettera e nessun messaggio della circolare %1 è stato scritto.</translation>
    </message>
</context>
<context>
    <name>room::DiaryEntryDialog</name>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (chiuso)</translation>
    </message>
    <message>
        <source>Correct a diary entry</source>
        <translation>Correggi una voce del diario</translation>
    </message>
    <message>
        <source>Diary entry</source>
        <translation>Voce del diario</translation>
    </message>
    <message>
        <source>e.g. Sindaco di Rho, COC di Cesano Boscone, Prefettura</source>
        <translation>es. Sindaco di Rho, COC di Cesano Boscone, Prefettura</translation>
    </message>
    <message>
        <source>(no comune)</source>
        <translation>(nessun comune)</translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translation>(nessuna organizzazione)</translation>
    </message>
    <message>
        <source>number of the delivery note, e.g. DDT-2020-00123</source>
        <translation>numero del documento di trasporto, es. DDT-2020-00123</translation>
    </message>
    <message>
        <source>number of the request</source>
        <translation>numero della richiesta</translation>
    </message>
    <message>
        <source>Corrects the entry of %1 written by %2. The old entry stays in the diary, marked as corrected.</source>
        <translation>Corregge la voce del %1 scritta da %2. La voce precedente resta nel diario, segnata come corretta.</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Evento:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>W&amp;hen:</source>
        <translation>&amp;Quando:</translation>
    </message>
    <message>
        <source>&amp;With:</source>
        <translation>&amp;Con:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>Te&amp;sto:</translation>
    </message>
    <message>
        <source>&amp;Comune:</source>
        <translation>Co&amp;mune:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organizzazione:</translation>
    </message>
    <message>
        <source>&amp;Delivery:</source>
        <translation>Co&amp;nsegna:</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>&amp;Richiesta:</translation>
    </message>
    <message>
        <source>«%1» is not one of the comuni of the metropolitan city.</source>
        <translation>«%1» non è uno dei comuni della Città metropolitana.</translation>
    </message>
    <message>
        <source>There is no delivery numbered «%1».</source>
        <translation>Non c'è nessuna consegna con numero «%1».</translation>
    </message>
    <message>
        <source>There is no request numbered «%1».</source>
        <translation>Non c'è nessuna richiesta con numero «%1».</translation>
    </message>
</context>
<context>
    <name>room::DiaryPage</name>
    <message>
        <source>corrected</source>
        <translation>corretta</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>correzione</translation>
    </message>
    <message>
        <source>Event shown</source>
        <translation>Evento mostrato</translation>
    </message>
    <message>
        <source>Day shown</source>
        <translation>Giorno mostrato</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>qualsiasi giorno</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>&amp;Oggi</translation>
    </message>
    <message>
        <source>Kind shown</source>
        <translation>Tipo mostrato</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Tutti i tipi</translation>
    </message>
    <message>
        <source>Search the text, who, the author…</source>
        <translation>Cerca nel testo, interlocutore, autore…</translation>
    </message>
    <message>
        <source>Search the diary</source>
        <translation>Cerca nel diario</translation>
    </message>
    <message>
        <source>Hide corrected</source>
        <translation>Nascondi le corrette</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>S&amp;tampa…</translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation>Anteprima e stampa…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Salva come PDF…</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Salva come CSV…</translation>
    </message>
    <message>
        <source>Save as Excel…</source>
        <translation>Salva come Excel…</translation>
    </message>
    <message>
        <source>The diary of the day or of the event shown</source>
        <translation>Il diario del giorno o dell'evento mostrato</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Scritta da</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correzione</translation>
    </message>
    <message>
        <source>Room diary</source>
        <translation>Diario di sala</translation>
    </message>
    <message>
        <source>Event of the new entry</source>
        <translation>Evento della nuova voce</translation>
    </message>
    <message>
        <source>Kind of the new entry</source>
        <translation>Tipo della nuova voce</translation>
    </message>
    <message>
        <source>New entry: %1</source>
        <translation>Nuova voce: %1</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Con chi</translation>
    </message>
    <message>
        <source>What was said, decided or done — Enter writes it</source>
        <translation>Cosa è stato detto, deciso o fatto — Invio per registrare</translation>
    </message>
    <message>
        <source>Text of the new entry</source>
        <translation>Testo della nuova voce</translation>
    </message>
    <message>
        <source>Comune of the new entry</source>
        <translation>Comune della nuova voce</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;Registra</translation>
    </message>
    <message>
        <source>Det&amp;ails…</source>
        <translation>&amp;Dettagli…</translation>
    </message>
    <message>
        <source>An entry with its time and links to an organisation, a delivery or a request</source>
        <translation>Una voce con la sua ora e i collegamenti a un'organizzazione, una consegna o una richiesta</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Correggi…</translation>
    </message>
    <message>
        <source>Writes a correction of the selected entry: the old one stays, marked as corrected</source>
        <translation>Scrive una correzione della voce selezionata: quella precedente resta, segnata come corretta</translation>
    </message>
    <message>
        <source>Every event</source>
        <translation>Tutti gli eventi</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n voce</numerusform>
            <numerusform>%n voci</numerusform>
        </translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>conteggio…</translation>
    </message>
    <message>
        <source>«%1» is not one of the comuni of the metropolitan city.</source>
        <translation>«%1» non è uno dei comuni della Città metropolitana.</translation>
    </message>
</context>
<context>
    <name>room::DiaryReport</name>
    <message>
        <source>Room diary</source>
        <translation>Diario di sala</translation>
    </message>
    <message>
        <source>Operations room of the Città metropolitana di Milano: what was heard, said, decided and done</source>
        <translation>Sala operativa della Città metropolitana di Milano: cosa è stato ascoltato, detto, deciso e fatto</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>%1 (%2, %3, from %4)</source>
        <translation>%1 (%2, %3, dal %4)</translation>
    </message>
    <message>
        <source>Authorising act</source>
        <translation>Atto di attivazione</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Voci</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Also about</source>
        <translation>Riguarda anche</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Scritta da</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correzione</translation>
    </message>
    <message>
        <source>delivery %1</source>
        <translation>consegna %1</translation>
    </message>
    <message>
        <source>request %1</source>
        <translation>richiesta %1</translation>
    </message>
    <message>
        <source>corrects the entry of %1</source>
        <translation>corregge la voce del %1</translation>
    </message>
    <message>
        <source>CORRECTED by the entry of %1</source>
        <translation>CORRETTA dalla voce del %1</translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation>Nessuna voce.</translation>
    </message>
</context>
<context>
    <name>room::EventDialog</name>
    <message>
        <source>Change event</source>
        <translation>Modifica evento</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nuovo evento</translation>
    </message>
    <message>
        <source>e.g. Allerta idrogeologica Seveso-Lambro novembre 2020</source>
        <translation>es. Allerta idrogeologica Seveso-Lambro novembre 2020</translation>
    </message>
    <message>
        <source>The classification of art. 39 of the Codice della protezione civile, which sets the limits of the volunteers' days.</source>
        <translation>La classificazione dell'art. 39 del Codice della protezione civile, che fissa i limiti delle giornate dei volontari.</translation>
    </message>
    <message>
        <source>e.g. Decreto del Sindaco metropolitano n. 45 del 23/02/2020</source>
        <translation>es. Decreto del Sindaco metropolitano n. 45 del 23/02/2020</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primo giorno</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Ancora aperto</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Ultimo giorno</translation>
    </message>
    <message>
        <source>Find a comune…</source>
        <translation>Cerca un comune…</translation>
    </message>
    <message>
        <source>Only those involved</source>
        <translation>Solo quelli coinvolti</translation>
    </message>
    <message>
        <source>Comuni involved</source>
        <translation>Comuni coinvolti</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Scenario:</translation>
    </message>
    <message>
        <source>Art. 39 &amp;type:</source>
        <translation>&amp;Tipo art. 39:</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>Fase:</translation>
    </message>
    <message>
        <source>First &amp;phase:</source>
        <translation>&amp;Fase iniziale:</translation>
    </message>
    <message>
        <source>Authorising &amp;act:</source>
        <translation>&amp;Atto di attivazione:</translation>
    </message>
    <message>
        <source>Starts &amp;on:</source>
        <translation>&amp;Inizia il:</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>Ter&amp;mina il:</translation>
    </message>
    <message>
        <source>&amp;Comuni involved:</source>
        <translation>&amp;Comuni coinvolti:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message numerus="yes">
        <source>%n comune(i) involved</source>
        <translation>
            <numerusform>%n comune coinvolto</numerusform>
            <numerusform>%n comuni coinvolti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>room::EventsPage</name>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
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
        <source>Authorising act</source>
        <translation>Atto di attivazione</translation>
    </message>
    <message>
        <source>Comuni</source>
        <translation>Comuni</translation>
    </message>
    <message>
        <source>Diary entries</source>
        <translation>Voci del diario</translation>
    </message>
    <message>
        <source>Events of the room</source>
        <translation>Eventi della sala</translation>
    </message>
    <message>
        <source>The event's comuni and phases</source>
        <translation>Comuni e fasi dell'evento</translation>
    </message>
    <message>
        <source>Only open &amp;events</source>
        <translation>Solo gli &amp;eventi aperti</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Nuovo evento…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>Change p&amp;hase…</source>
        <translation>Cambia &amp;fase…</translation>
    </message>
    <message>
        <source>Open its &amp;diary</source>
        <translation>Apri il &amp;diario</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventi</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose an event to see its comuni and the history of its phases.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Scegliere un evento per vederne i comuni e la storia delle fasi.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Comuni involved (%1):</source>
        <translation>Comuni coinvolti (%1):</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>nessuno registrato</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Fasi</translation>
    </message>
    <message>
        <source>no change recorded</source>
        <translation>nessun cambio registrato</translation>
    </message>
</context>
<context>
    <name>room::MayorsDialog</name>
    <message>
        <source>Mayors of the comuni</source>
        <translation>Sindaci dei comuni</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Mayor</source>
        <translation>Sindaco</translation>
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
        <translation>I Sindaci dei 133 comuni</translation>
    </message>
    <message>
        <source>Type the mayor's name in the second column. PEC and e-mail are changed in the Comuni tab.</source>
        <translation>Scrivere il nome del Sindaco nella seconda colonna. PEC ed e-mail si modificano nella scheda Comuni.</translation>
    </message>
</context>
<context>
    <name>room::MeetingDialog</name>
    <message>
        <source>Meeting of the Cabina di regia</source>
        <translation>Riunione della Cabina di regia</translation>
    </message>
    <message>
        <source>Day of the meeting</source>
        <translation>Giorno della riunione</translation>
    </message>
    <message>
        <source>Notes of the meeting</source>
        <translation>Note della riunione</translation>
    </message>
    <message>
        <source>Who attended</source>
        <translation>Chi era presente</translation>
    </message>
    <message>
        <source>Requests from the territory examined</source>
        <translation>Richieste dal territorio esaminate</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Giorno:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modalità:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Attended:</source>
        <translation>&amp;Presenti:</translation>
    </message>
    <message>
        <source>&amp;Requests examined (still to be served on the day):</source>
        <translation>&amp;Richieste esaminate (ancora da evadere quel giorno):</translation>
    </message>
    <message>
        <source>%1 of %2: %3, %4</source>
        <translation>%1 del %2: %3, %4</translation>
    </message>
</context>
<context>
    <name>room::MemberDialog</name>
    <message>
        <source>Member of the Cabina di regia</source>
        <translation>Componente della Cabina di regia</translation>
    </message>
    <message>
        <source>New member of the Cabina di regia</source>
        <translation>Nuovo componente della Cabina di regia</translation>
    </message>
    <message>
        <source>(external person, no account)</source>
        <translation>(persona esterna, senza utente)</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>&amp;Attivo</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Ruolo:</translation>
    </message>
    <message>
        <source>&amp;Delegate of:</source>
        <translation>&amp;Delegato di:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Utente:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Ente:</translation>
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
        <source>(nobody: a member of the role)</source>
        <translation>(nessuno: componente del ruolo)</translation>
    </message>
</context>
<context>
    <name>room::PhaseDialog</name>
    <message>
        <source>Change phase</source>
        <translation>Cambia fase</translation>
    </message>
    <message>
        <source>e.g. Avviso di criticità ARPA codice arancione</source>
        <translation>es. Avviso di criticità ARPA codice arancione</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Evento:</translation>
    </message>
    <message>
        <source>Current phase:</source>
        <translation>Fase attuale:</translation>
    </message>
    <message>
        <source>&amp;New phase:</source>
        <translation>&amp;Nuova fase:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quando:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Motivo:</translation>
    </message>
</context>
<context>
    <name>room::PlanDialog</name>
    <message>
        <source>Emergency plan of %1</source>
        <translation>Piano di emergenza di %1</translation>
    </message>
    <message>
        <source>The comune &amp;has an emergency plan</source>
        <translation>Il comune &amp;ha un piano di emergenza</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Approvato il</translation>
    </message>
    <message>
        <source>Last revision</source>
        <translation>Ultima revisione</translation>
    </message>
    <message>
        <source>Revision due</source>
        <translation>Scadenza della revisione</translation>
    </message>
    <message>
        <source>three years after the last revision</source>
        <translation>tre anni dopo l'ultima revisione</translation>
    </message>
    <message>
        <source>Entered in the regional &amp;portal</source>
        <translation>Inserito nel &amp;portale regionale</translation>
    </message>
    <message>
        <source>e.g. DCC n. 12 del 03/04/2019</source>
        <translation>es. DCC n. 12 del 03/04/2019</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Approved on:</source>
        <translation>&amp;Approvato il:</translation>
    </message>
    <message>
        <source>&amp;Last revision:</source>
        <translation>&amp;Ultima revisione:</translation>
    </message>
    <message>
        <source>Revision &amp;due:</source>
        <translation>&amp;Scadenza revisione:</translation>
    </message>
    <message>
        <source>Approving a&amp;ct:</source>
        <translation>A&amp;tto di approvazione:</translation>
    </message>
    <message>
        <source>Risk scenarios</source>
        <translation>Scenari di rischio</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Note:</translation>
    </message>
</context>
<context>
    <name>room::PlanErrors</name>
    <message>
        <source>Choose the comune of the plan.</source>
        <translation>Scegli il comune del piano.</translation>
    </message>
    <message>
        <source>The approving act is too long: the limit is %1.</source>
        <translation>L'atto di approvazione è troppo lungo: il limite è %1.</translation>
    </message>
    <message>
        <source>The notes are too long: the limit is %1.</source>
        <translation>Le note sono troppo lunghe: il limite è %1.</translation>
    </message>
    <message>
        <source>A comune without an emergency plan has no approval, revision or portal: clear them, or say that the comune has a plan.</source>
        <translation>Un comune senza piano di emergenza non ha approvazione, revisione né portale: cancellali, oppure indica che il comune ha un piano.</translation>
    </message>
    <message>
        <source>Write the date the plan was approved.</source>
        <translation>Scrivi la data di approvazione del piano.</translation>
    </message>
    <message>
        <source>The date %1 is before %2: no comune had an emergency plan then. Check the year.</source>
        <translation>La data %1 è precedente al %2: allora nessun comune aveva un piano di emergenza. Controlla l'anno.</translation>
    </message>
    <message>
        <source>The approval date %1 is in the future.</source>
        <translation>La data di approvazione %1 è nel futuro.</translation>
    </message>
    <message>
        <source>The last revision (%1) comes before the approval (%2).</source>
        <translation>L'ultima revisione (%1) è precedente all'approvazione (%2).</translation>
    </message>
    <message>
        <source>The revision date %1 is in the future.</source>
        <translation>La data di revisione %1 è nel futuro.</translation>
    </message>
    <message>
        <source>The revision due on %1 is not after the last revision or approval (%2).</source>
        <translation>La scadenza della revisione (%1) non è successiva all'ultima revisione o all'approvazione (%2).</translation>
    </message>
    <message numerus="yes">
        <source>The revision due on %1 is more than %n year(s) after the last revision: check the year.</source>
        <translation>
            <numerusform>La scadenza della revisione (%1) è oltre %n anno dopo l'ultima revisione: controlla l'anno.</numerusform>
            <numerusform>La scadenza della revisione (%1) è oltre %n anni dopo l'ultima revisione: controlla l'anno.</numerusform>
        </translation>
    </message>
    <message>
        <source>The comune's COC is already open.</source>
        <translation>Il COC del comune è già aperto.</translation>
    </message>
    <message>
        <source>The comune's COC is not open: there is nothing to close.</source>
        <translation>Il COC del comune non è aperto: non c'è nulla da chiudere.</translation>
    </message>
    <message>
        <source>The opening or closing of a COC cannot be recorded in the future.</source>
        <translation>L'apertura o la chiusura di un COC non può essere registrata nel futuro.</translation>
    </message>
    <message>
        <source>The COC last changed on %1: a new change cannot come before it.</source>
        <translation>Il COC è cambiato l'ultima volta il %1: una nuova variazione non può essere precedente.</translation>
    </message>
    <message>
        <source>The file has errors: nothing was imported.</source>
        <translation>Il file contiene errori: non è stato importato nulla.</translation>
    </message>
    <message>
        <source>The file has no column «%1».</source>
        <translation>Il file non ha la colonna «%1».</translation>
    </message>
    <message>
        <source>The comune is missing.</source>
        <translation>Manca il comune.</translation>
    </message>
    <message>
        <source>«%1» could be more than one comune: %2. Write the name in full.</source>
        <translation>«%1» può indicare più comuni: %2. Scrivi il nome per intero.</translation>
    </message>
    <message>
        <source>There is no comune called «%1».</source>
        <translation>Non esiste un comune chiamato «%1».</translation>
    </message>
    <message>
        <source>There is no comune called «%1» (perhaps: %2).</source>
        <translation>Non esiste un comune chiamato «%1» (forse: %2).</translation>
    </message>
    <message>
        <source>%1 is not one of the comuni of the metropolitan city.</source>
        <translation>%1 non è uno dei comuni della Città metropolitana.</translation>
    </message>
    <message>
        <source>«%1» read as %2.</source>
        <translation>«%1» letto come %2.</translation>
    </message>
    <message>
        <source>%1 is already on line %2 of the file.</source>
        <translation>%1 è già alla riga %2 del file.</translation>
    </message>
    <message>
        <source>«%1» is neither sì nor no.</source>
        <translation>«%1» non è né sì né no.</translation>
    </message>
    <message>
        <source>«%1» is not a date (dd/mm/yyyy).</source>
        <translation>«%1» non è una data (gg/mm/aaaa).</translation>
    </message>
    <message>
        <source>«%1» is not a known risk scenario (idrogeologico, idraulico, incendi boschivi, sismico, industriale, neve e ghiaccio, ondate di calore, trasporti, dighe).</source>
        <translation>«%1» non è uno scenario di rischio conosciuto (idrogeologico, idraulico, incendi boschivi, sismico, industriale, neve e ghiaccio, ondate di calore, trasporti, dighe).</translation>
    </message>
    <message>
        <source>There is no zona omogenea called «%1».</source>
        <translation>Non esiste una zona omogenea chiamata «%1».</translation>
    </message>
</context>
<context>
    <name>room::PlanFigureTexts</name>
    <message>
        <source>Emergency plans overdue for revision</source>
        <translation>Piani di emergenza con revisione scaduta</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message numerus="yes">
        <source>%n due soon</source>
        <translation>
            <numerusform>%n in scadenza</numerusform>
            <numerusform>%n in scadenza</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comune(s) without a plan</source>
        <translation>
            <numerusform>%n comune senza piano</numerusform>
            <numerusform>%n comuni senza piano</numerusform>
        </translation>
    </message>
    <message>
        <source>COCs open</source>
        <translation>COC aperti</translation>
    </message>
    <message numerus="yes">
        <source>of %n comune(s)</source>
        <translation>
            <numerusform>su %n comune</numerusform>
            <numerusform>su %n comuni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>room::PlanImportDialog</name>
    <message>
        <source>Import the emergency plans from a spreadsheet</source>
        <translation>Importa i piani di emergenza da un foglio di calcolo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>&amp;Choose file...</source>
        <translation>&amp;Scegli il file...</translation>
    </message>
    <message>
        <source>Import the emergency plans</source>
        <translation>Importa i piani di emergenza</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>File CSV (*.csv *.txt);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>One line per comune. Columns (any order): comune, piano (sì/no); optional: approvazione, revisione, scadenza, portale (sì/no), rischi (separated by commas), atto, note. Dates dd/mm/yyyy. A column the file does not have keeps what is on record.</source>
        <translation>Una riga per comune. Colonne (in qualsiasi ordine): comune, piano (sì/no); facoltative: approvazione, revisione, scadenza, portale (sì/no), rischi (separati da virgole), atto, note. Date gg/mm/aaaa. Una colonna che il file non ha lascia quanto già registrato.</translation>
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
        <source>%1 Nothing can be imported until they are fixed.</source>
        <translation>%1 Non si può importare nulla finché non sono corretti.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) in the file.</source>
        <translation>
            <numerusform>%n errore nel file.</numerusform>
            <numerusform>%n errori nel file.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3, %4.</source>
        <translation>%1: %2, %3, %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) checked</source>
        <translation>
            <numerusform>%n riga controllata</numerusform>
            <numerusform>%n righe controllate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new plan(s)</source>
        <translation>
            <numerusform>%n piano nuovo</numerusform>
            <numerusform>%n piani nuovi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n modificato</numerusform>
            <numerusform>%n modificati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already as on record</source>
        <translation>
            <numerusform>%n già come registrato</numerusform>
            <numerusform>%n già come registrati</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>room::PlanListModel</name>
    <message>
        <source>Three years after the last revision</source>
        <translation>Tre anni dopo l'ultima revisione</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Piano</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approvato</translation>
    </message>
    <message>
        <source>Last revision</source>
        <translation>Ultima revisione</translation>
    </message>
    <message>
        <source>Revision due</source>
        <translation>Scadenza revisione</translation>
    </message>
    <message>
        <source>Regional portal</source>
        <translation>Portale regionale</translation>
    </message>
    <message>
        <source>Risk scenarios</source>
        <translation>Scenari di rischio</translation>
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
        <translation>Piani di emergenza comunali</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Zona omogenea</source>
        <translation>Zona omogenea</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tutte</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Piano</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approvato</translation>
    </message>
    <message>
        <source>Last revision</source>
        <translation>Ultima revisione</translation>
    </message>
    <message>
        <source>Revision due</source>
        <translation>Scadenza revisione</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Giorni alla scadenza</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Status code</source>
        <translation>Codice stato</translation>
    </message>
    <message>
        <source>Regional portal</source>
        <translation>Portale regionale</translation>
    </message>
    <message>
        <source>Risk scenarios</source>
        <translation>Scenari di rischio</translation>
    </message>
    <message>
        <source>COC</source>
        <translation>COC</translation>
    </message>
    <message>
        <source>COC since</source>
        <translation>COC dal</translation>
    </message>
    <message>
        <source>Comuni</source>
        <translation>Comuni</translation>
    </message>
    <message>
        <source>Entered in the regional portal</source>
        <translation>Inseriti nel portale regionale</translation>
    </message>
    <message>
        <source>COC open</source>
        <translation>COC aperti</translation>
    </message>
    <message numerus="yes">
        <source>A plan is due for revision on its revision date; within %n day(s) of it the revision is due soon, after it overdue. Without a revision date a plan is due three years after its last revision.</source>
        <translation>
            <numerusform>Un piano va revisionato entro la data di scadenza della revisione: nel giorno che la precede la revisione è in scadenza, dopo è scaduta. Senza una data di scadenza il piano va revisionato tre anni dopo l'ultima revisione.</numerusform>
            <numerusform>Un piano va revisionato entro la data di scadenza della revisione: nei %n giorni che la precedono la revisione è in scadenza, dopo è scaduta. Senza una data di scadenza il piano va revisionato tre anni dopo l'ultima revisione.</numerusform>
        </translation>
    </message>
    <message>
        <source>Emergency plan</source>
        <translation>Piano di emergenza</translation>
    </message>
</context>
<context>
    <name>room::PlanSyncTexts</name>
    <message>
        <source>Emergency plans of the comuni</source>
        <translation>Piani di emergenza comunali</translation>
    </message>
    <message>
        <source>Risk scenarios of the emergency plans</source>
        <translation>Scenari di rischio dei piani di emergenza</translation>
    </message>
    <message>
        <source>COCs opened and closed</source>
        <translation>Aperture e chiusure dei COC</translation>
    </message>
    <message>
        <source>Emergency plan recorded</source>
        <translation>Piano di emergenza registrato</translation>
    </message>
    <message>
        <source>COC opened or closed</source>
        <translation>COC aperto o chiuso</translation>
    </message>
    <message>
        <source>Emergency plans imported</source>
        <translation>Piani di emergenza importati</translation>
    </message>
    <message>
        <source>emergency plan of %1</source>
        <translation>piano di emergenza di %1</translation>
    </message>
    <message>
        <source>COC of %1 on %2</source>
        <translation>COC di %1 del %2</translation>
    </message>
</context>
<context>
    <name>room::PlanText</name>
    <message>
        <source>hydrogeological</source>
        <translation>idrogeologico</translation>
    </message>
    <message>
        <source>hydraulic</source>
        <translation>idraulico</translation>
    </message>
    <message>
        <source>forest fires</source>
        <translation>incendi boschivi</translation>
    </message>
    <message>
        <source>seismic</source>
        <translation>sismico</translation>
    </message>
    <message>
        <source>industrial</source>
        <translation>industriale</translation>
    </message>
    <message>
        <source>snow and ice</source>
        <translation>neve e ghiaccio</translation>
    </message>
    <message>
        <source>heat waves</source>
        <translation>ondate di calore</translation>
    </message>
    <message>
        <source>roads and transport</source>
        <translation>viabilità e trasporti</translation>
    </message>
    <message>
        <source>dams</source>
        <translation>dighe</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non rilevato</translation>
    </message>
    <message>
        <source>no plan</source>
        <translation>senza piano</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>aggiornato</translation>
    </message>
    <message>
        <source>revision due soon</source>
        <translation>revisione in scadenza</translation>
    </message>
    <message>
        <source>revision overdue</source>
        <translation>revisione scaduta</translation>
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
        <source>never opened</source>
        <translation>mai aperto</translation>
    </message>
    <message>
        <source>open since %1</source>
        <translation>aperto dal %1</translation>
    </message>
    <message>
        <source>closed since %1</source>
        <translation>chiuso dal %1</translation>
    </message>
</context>
<context>
    <name>room::PlansPage</name>
    <message>
        <source>Emergency plans of the comuni</source>
        <translation>Piani di emergenza dei comuni</translation>
    </message>
    <message>
        <source>All zones</source>
        <translation>Tutte le zone</translation>
    </message>
    <message>
        <source>Zona omogenea</source>
        <translation>Zona omogenea</translation>
    </message>
    <message>
        <source>Every plan</source>
        <translation>Tutti i piani</translation>
    </message>
    <message>
        <source>COC open</source>
        <translation>COC aperto</translation>
    </message>
    <message>
        <source>Status of the plan</source>
        <translation>Stato del piano</translation>
    </message>
    <message>
        <source>Search a comune</source>
        <translation>Cerca un comune</translation>
    </message>
    <message>
        <source>&amp;Change the plan…</source>
        <translation>&amp;Modifica il piano…</translation>
    </message>
    <message>
        <source>Open the &amp;COC…</source>
        <translation>Apri il &amp;COC…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importa…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Stampa…</translation>
    </message>
    <message>
        <source>The plans of the comuni shown (zone), with the map: preview, PDF, CSV, Excel.</source>
        <translation>I piani dei comuni mostrati (zona), con la mappa: anteprima, PDF, CSV, Excel.</translation>
    </message>
    <message>
        <source>The comune's plan and COC</source>
        <translation>Il piano e il COC del comune</translation>
    </message>
    <message>
        <source>Zone:</source>
        <translation>Zona:</translation>
    </message>
    <message>
        <source>Reading the plans…</source>
        <translation>Lettura dei piani…</translation>
    </message>
    <message>
        <source>Emergency plan</source>
        <translation>Piano di emergenza</translation>
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
        <translation>&lt;p&gt;Scegli un comune nell'elenco o sulla mappa.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Close the &amp;COC…</source>
        <translation>Chiudi il &amp;COC…</translation>
    </message>
    <message>
        <source>Approved:</source>
        <translation>Approvato:</translation>
    </message>
    <message>
        <source>Last revision:</source>
        <translation>Ultima revisione:</translation>
    </message>
    <message>
        <source>Revision due:</source>
        <translation>Scadenza revisione:</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>tra %n giorno</numerusform>
            <numerusform>tra %n giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n giorno di ritardo</numerusform>
            <numerusform>%n giorni di ritardo</numerusform>
        </translation>
    </message>
    <message>
        <source>Regional portal:</source>
        <translation>Portale regionale:</translation>
    </message>
    <message>
        <source>Act:</source>
        <translation>Atto:</translation>
    </message>
    <message>
        <source>Risk scenarios:</source>
        <translation>Scenari di rischio:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>COC</source>
        <translation>COC</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>aperto</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>chiuso</translation>
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
        <translation>in arrivo</translation>
    </message>
    <message>
        <source>out</source>
        <translation>in partenza</translation>
    </message>
    <message>
        <source>Register a communication</source>
        <translation>Protocolla una comunicazione</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>In arrivo</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>In partenza</translation>
    </message>
    <message>
        <source>Date of the communication</source>
        <translation>Data della comunicazione</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>File allegato</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Verso:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Sender or addressee:</source>
        <translation>&amp;Mittente o destinatario:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Oggetto:</translation>
    </message>
    <message>
        <source>Attached &amp;file:</source>
        <translation>&amp;File allegato:</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>In/out</source>
        <translation>Arrivo/partenza</translation>
    </message>
    <message>
        <source>Sender or addressee</source>
        <translation>Mittente o destinatario</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messaggi</translation>
    </message>
    <message>
        <source>Communications register</source>
        <translation>Registro di protocollo</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Inviata a</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettera</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>The circular's letters and messages per comune</source>
        <translation>Lettere e messaggi della circolare per comune</translation>
    </message>
    <message>
        <source>&amp;Register a communication…</source>
        <translation>&amp;Protocolla una comunicazione…</translation>
    </message>
    <message>
        <source>&amp;Circular to the mayors…</source>
        <translation>&amp;Circolare ai Sindaci…</translation>
    </message>
    <message>
        <source>&amp;Mayors…</source>
        <translation>Si&amp;ndaci…</translation>
    </message>
    <message>
        <source>&amp;Sender…</source>
        <translation>&amp;Mittente…</translation>
    </message>
    <message numerus="yes">
        <source>%n communication(s)</source>
        <translation>
            <numerusform>%n comunicazione</numerusform>
            <numerusform>%n comunicazioni</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a communication: a circular shows its letters and messages per comune.</source>
        <translation>Selezionare una comunicazione: una circolare mostra lettere e messaggi per comune.</translation>
    </message>
    <message>
        <source>Not a circular.</source>
        <translation>Non è una circolare.</translation>
    </message>
    <message>
        <source>no PEC: letter only</source>
        <translation>senza PEC: solo lettera</translation>
    </message>
    <message>
        <source>Circular in %1.</source>
        <translation>Circolare in %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s),</source>
        <translation>
            <numerusform>%n lettera,</numerusform>
            <numerusform>%n lettere,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) ready to send.</source>
        <translation>
            <numerusform>%n messaggio pronto da inviare.</numerusform>
            <numerusform>%n messaggi pronti da inviare.</numerusform>
        </translation>
    </message>
    <message>
        <source>Without PEC (no message): %1.</source>
        <translation>Senza PEC (nessun messaggio): %1.</translation>
    </message>
    <message>
        <source>Protocollo</source>
        <translation>Protocollo</translation>
    </message>
    <message>
        <source>Registered with number %1.</source>
        <translation>Protocollata con il numero %1.</translation>
    </message>
    <message>
        <source>Circular to the mayors</source>
        <translation>Circolare ai Sindaci</translation>
    </message>
    <message>
        <source>Circular %1: %2 and %3 in %4.</source>
        <translation>Circolare %1: %2 e %3 in %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n lettera</numerusform>
            <numerusform>%n lettere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) ready to send</source>
        <translation>
            <numerusform>%n messaggio pronto da inviare</numerusform>
            <numerusform>%n messaggi pronti da inviare</numerusform>
        </translation>
    </message>
    <message>
        <source>Without PEC, letter only: %1.</source>
        <translation>Senza PEC, solo lettera: %1.</translation>
    </message>
    <message>
        <source>Mayors of the comuni</source>
        <translation>Sindaci dei comuni</translation>
    </message>
    <message>
        <source>Sender of the room's messages</source>
        <translation>Mittente dei messaggi della sala</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;PEC address:</source>
        <translation>Indirizzo &amp;PEC:</translation>
    </message>
    <message>
        <source>Prepare the &amp;missing letters…</source>
        <translation>Prepara le lettere &amp;mancanti…</translation>
    </message>
    <message numerus="yes">
        <source>%n comune(s) still without letter: the circular was stopped before they were written.</source>
        <translation><numerusform>%n comune ancora senza lettera: la circolare è stata interrotta prima che fosse scritta.</numerusform><numerusform>%n comuni ancora senza lettera: la circolare è stata interrotta prima che fossero scritte.</numerusform></translation>
    </message>
</context>
<context>
    <name>room::RoomErrors</name>
    <message>
        <source>The event does not exist (any more).</source>
        <translation>L'evento non esiste (più).</translation>
    </message>
    <message>
        <source>The comune %1 does not exist.</source>
        <translation>Il comune %1 non esiste.</translation>
    </message>
    <message>
        <source>The organisation does not exist (any more).</source>
        <translation>L'organizzazione non esiste (più).</translation>
    </message>
    <message>
        <source>The delivery does not exist (any more).</source>
        <translation>La consegna non esiste (più).</translation>
    </message>
    <message>
        <source>The request does not exist (any more).</source>
        <translation>La richiesta non esiste (più).</translation>
    </message>
    <message>
        <source>Nobody is signed in: every entry of the room says who wrote it.</source>
        <translation>Nessuno ha effettuato l'accesso: ogni voce della sala dice chi l'ha scritta.</translation>
    </message>
    <message>
        <source>The event is already in that phase.</source>
        <translation>L'evento è già in quella fase.</translation>
    </message>
    <message>
        <source>The event is closed: its phase can no longer change. Open a new event if the emergency returns.</source>
        <translation>L'evento è chiuso: la sua fase non può più cambiare. Aprire un nuovo evento se l'emergenza si ripresenta.</translation>
    </message>
    <message>
        <source>The event starts on %1: its phase cannot change before then.</source>
        <translation>L'evento inizia il %1: la sua fase non può cambiare prima di allora.</translation>
    </message>
    <message>
        <source>The phase last changed on %1: a new change cannot come before it.</source>
        <translation>La fase è cambiata l'ultima volta il %1: un nuovo cambio non può essere precedente.</translation>
    </message>
    <message>
        <source>A change of phase cannot be recorded in the future.</source>
        <translation>Un cambio di fase non può essere registrato nel futuro.</translation>
    </message>
    <message numerus="yes">
        <source>The event cannot end on that day: %n volunteer day(s) are recorded after it (the first on %1).</source>
        <translation>
            <numerusform>L'evento non può terminare in quel giorno: dopo è registrata %n giornata di volontariato (la prima il %1).</numerusform>
            <numerusform>L'evento non può terminare in quel giorno: dopo sono registrate %n giornate di volontariato (la prima il %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the event the entry belongs to: every diary entry has one.</source>
        <translation>Scegliere l'evento a cui appartiene la voce: ogni voce del diario ne ha uno.</translation>
    </message>
    <message>
        <source>Write what the entry says.</source>
        <translation>Scrivere il testo della voce.</translation>
    </message>
    <message>
        <source>The entry is longer than the limit (%1): split it in two.</source>
        <translation>La voce supera la lunghezza massima (%1 caratteri): dividerla in due.</translation>
    </message>
    <message>
        <source>Choose the kind of the entry.</source>
        <translation>Scegliere il tipo della voce.</translation>
    </message>
    <message>
        <source>An entry cannot be dated in the future.</source>
        <translation>Una voce non può avere una data futura.</translation>
    </message>
    <message>
        <source>The event «%1» starts on %2: the entry cannot come before it.</source>
        <translation>L'evento «%1» inizia il %2: la voce non può essere precedente.</translation>
    </message>
    <message>
        <source>The entry to correct does not exist.</source>
        <translation>La voce da correggere non esiste.</translation>
    </message>
    <message>
        <source>This entry has already been corrected: correct the correction instead.</source>
        <translation>Questa voce è già stata corretta: correggere invece la correzione.</translation>
    </message>
    <message>
        <source>A correction belongs to the same event as the entry it corrects.</source>
        <translation>Una correzione appartiene allo stesso evento della voce che corregge.</translation>
    </message>
    <message>
        <source>Choose a day or an event: the printed diary is of one day or of one event.</source>
        <translation>Scegliere un giorno o un evento: il diario stampato è di un giorno o di un evento.</translation>
    </message>
    <message>
        <source>The diary asked for is longer than a printed diary can hold (%1, at most %2): choose a day or an event.</source>
        <translation>Il diario richiesto è più lungo di quanto un diario stampato possa contenere (%1 voci, al massimo %2): scegliere un giorno o un evento.</translation>
    </message>
</context>
<context>
    <name>room::RoomModule</name>
    <message>
        <source>Operations room</source>
        <translation>Sala operativa</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open events of the room</source>
        <translation>Eventi aperti della sala</translation>
    </message>
    <message>
        <source>no event open</source>
        <translation>nessun evento aperto</translation>
    </message>
    <message>
        <source>Events of the room</source>
        <translation>Eventi della sala</translation>
    </message>
    <message>
        <source>no emergency plan</source>
        <translation>nessun piano di emergenza</translation>
    </message>
    <message>
        <source>plan approved on %1</source>
        <translation>piano approvato il %1</translation>
    </message>
    <message>
        <source>plan without approval date</source>
        <translation>piano senza data di approvazione</translation>
    </message>
    <message>
        <source>revision due by %1</source>
        <translation>revisione entro il %1</translation>
    </message>
    <message>
        <source>Emergency plans</source>
        <translation>Piani di emergenza</translation>
    </message>
    <message>
        <source>Communications register</source>
        <translation>Protocollo delle comunicazioni</translation>
    </message>
    <message>
        <source>Room diary</source>
        <translation>Diario di sala</translation>
    </message>
</context>
<context>
    <name>room::RoomSyncTexts</name>
    <message>
        <source>Room diary</source>
        <translation>Diario di sala</translation>
    </message>
    <message>
        <source>Phases of the events</source>
        <translation>Fasi degli eventi</translation>
    </message>
    <message>
        <source>Comuni of the events</source>
        <translation>Comuni degli eventi</translation>
    </message>
    <message>
        <source>Room event saved</source>
        <translation>Evento della sala salvato</translation>
    </message>
    <message>
        <source>Event phase changed</source>
        <translation>Fase dell'evento cambiata</translation>
    </message>
    <message>
        <source>Diary entry written</source>
        <translation>Voce del diario scritta</translation>
    </message>
    <message>
        <source>Diary entry corrected</source>
        <translation>Voce del diario corretta</translation>
    </message>
    <message>
        <source>diary entry of %1</source>
        <translation>voce del diario del %1</translation>
    </message>
</context>
<context>
    <name>room::RoomTab</name>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Eventi</translation>
    </message>
    <message>
        <source>Room &amp;diary</source>
        <translation>&amp;Diario di sala</translation>
    </message>
    <message>
        <source>Emergency p&amp;lans</source>
        <translation>P&amp;iani di emergenza</translation>
    </message>
    <message>
        <source>&amp;Situation report</source>
        <translation>&amp;Situazione</translation>
    </message>
</context>
<context>
    <name>room::RoomText</name>
    <message>
        <source>Health</source>
        <translation>Sanitaria</translation>
    </message>
    <message>
        <source>Hydro-meteorological</source>
        <translation>Idrometeorologica</translation>
    </message>
    <message>
        <source>Forest fire</source>
        <translation>Incendio boschivo</translation>
    </message>
    <message>
        <source>Missing persons search</source>
        <translation>Ricerca persone scomparse</translation>
    </message>
    <message>
        <source>Large event</source>
        <translation>Grande evento</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Esercitazione</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Attenzione</translation>
    </message>
    <message>
        <source>Pre-alarm</source>
        <translation>Preallarme</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Allarme</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiuso</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Telefonata in arrivo</translation>
    </message>
    <message>
        <source>Outgoing call</source>
        <translation>Telefonata in uscita</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisione</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>room::SavePlanState</name>
    <message>
        <source>emergency plan</source>
        <translation>piano di emergenza</translation>
    </message>
</context>
<context>
    <name>room::SaveRoomEvent</name>
    <message>
        <source>new event %1</source>
        <translation>nuovo evento %1</translation>
    </message>
    <message>
        <source>edit event %1</source>
        <translation>modifica evento %1</translation>
    </message>
</context>
<context>
    <name>room::SetCocState</name>
    <message>
        <source>COC opened</source>
        <translation>apertura del COC</translation>
    </message>
    <message>
        <source>COC closed</source>
        <translation>chiusura del COC</translation>
    </message>
</context>
<context>
    <name>room::SitrepPage</name>
    <message>
        <source>Prepare the &amp;report</source>
        <translation>Prepara il &amp;rapporto</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Giorno:</translation>
    </message>
    <message>
        <source>E&amp;vent:</source>
        <translation>E&amp;vento:</translation>
    </message>
    <message>
        <source>Print &amp;preview…</source>
        <translation>&amp;Anteprima di stampa…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Salva come P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as &amp;Excel…</source>
        <translation>Salva come &amp;Excel…</translation>
    </message>
    <message>
        <source>Save as CS&amp;V…</source>
        <translation>Salva come CS&amp;V…</translation>
    </message>
    <message>
        <source>Choose the day and, if you like, one event, then Prepare the report: every figure is computed from the records.</source>
        <translation>Scegli il giorno e, se vuoi, un evento, poi Prepara il rapporto: ogni cifra è calcolata dai dati registrati.</translation>
    </message>
    <message>
        <source>Every event</source>
        <translation>Tutti gli eventi</translation>
    </message>
    <message>
        <source>Computing the situation report of %1…</source>
        <translation>Calcolo del rapporto di situazione del %1…</translation>
    </message>
    <message>
        <source>Situation report of %1.</source>
        <translation>Rapporto di situazione di %1.</translation>
    </message>
</context>
<context>
    <name>room::SitrepReport</name>
    <message>
        <source>Daily situation report (SITREP)</source>
        <translation>Rapporto di situazione giornaliero (SITREP)</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in corso</translation>
    </message>
    <message>
        <source>open</source>
        <translation>aperta</translation>
    </message>
    <message>
        <source>Operations room of the CCV-MI: the day's figures, computed from the records</source>
        <translation>Sala operativa del CCV-MI: le cifre del giorno, calcolate dai dati registrati</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>%1 (%2, since %3)</source>
        <translation>%1 (%2, dal %3)</translation>
    </message>
    <message>
        <source>Phase at the end of the day</source>
        <translation>Fase a fine giornata</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>non iniziato</translation>
    </message>
    <message>
        <source>all events</source>
        <translation>tutti gli eventi</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sezione</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Volontari</translation>
    </message>
    <message>
        <source>Volunteers active</source>
        <translation>Volontari attivi</translation>
    </message>
    <message>
        <source>Person-days</source>
        <translation>Giornate/persona</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Consegne</translation>
    </message>
    <message>
        <source>Food delivered</source>
        <translation>Alimenti consegnati</translation>
    </message>
    <message>
        <source>Food distributions</source>
        <translation>Distribuzioni di alimenti</translation>
    </message>
    <message>
        <source>Distributions of DPI and kits</source>
        <translation>Distribuzioni di DPI e kit</translation>
    </message>
    <message>
        <source>Comuni served (food)</source>
        <translation>Comuni serviti (alimenti)</translation>
    </message>
    <message>
        <source>Requests received</source>
        <translation>Richieste ricevute</translation>
    </message>
    <message>
        <source>Requests still to serve (state today)</source>
        <translation>Richieste ancora da servire (stato di oggi)</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Magazzino</translation>
    </message>
    <message>
        <source>Food in stock at the end of the day</source>
        <translation>Alimenti a magazzino a fine giornata</translation>
    </message>
    <message numerus="yes">
        <source>Lots expiring within %n day(s)</source>
        <translation>
            <numerusform>Lotti in scadenza entro %n giorno</numerusform>
            <numerusform>Lotti in scadenza entro %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired lots still in stock</source>
        <translation>Lotti scaduti ancora a magazzino</translation>
    </message>
    <message>
        <source>Items under their minimum level</source>
        <translation>Articoli sotto la scorta minima</translation>
    </message>
    <message>
        <source>Listening line</source>
        <translation>Linea d'ascolto</translation>
    </message>
    <message>
        <source>of which urgent</source>
        <translation>di cui urgenti</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>Richiamati</translation>
    </message>
    <message>
        <source>Called back within 24 h</source>
        <translation>Richiamati entro 24 h</translation>
    </message>
    <message>
        <source>Escalations to 118</source>
        <translation>Chiamate al 118</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Ancora aperte</translation>
    </message>
    <message>
        <source>Study support</source>
        <translation>Supporto allo studio</translation>
    </message>
    <message>
        <source>Hours booked</source>
        <translation>Ore prenotate</translation>
    </message>
    <message>
        <source>Hours given</source>
        <translation>Ore svolte</translation>
    </message>
    <message>
        <source>Pupils with lessons</source>
        <translation>Alunni con lezioni</translation>
    </message>
    <message>
        <source>Operations room</source>
        <translation>Sala operativa</translation>
    </message>
    <message>
        <source>Decisions in the diary</source>
        <translation>Decisioni nel diario</translation>
    </message>
    <message>
        <source>Decisions of the Cabina di regia</source>
        <translation>Decisioni della Cabina di regia</translation>
    </message>
    <message>
        <source>Cabina actions open</source>
        <translation>Azioni della Cabina aperte</translation>
    </message>
    <message>
        <source>of which overdue</source>
        <translation>di cui scadute</translation>
    </message>
    <message>
        <source>Communications sent</source>
        <translation>Comunicazioni inviate</translation>
    </message>
    <message>
        <source>The day in figures</source>
        <translation>Il giorno in cifre</translation>
    </message>
    <message>
        <source>The volunteers, the diary and the circulars are those of the event; deliveries, stock, the listening line, study support and the Cabina di regia are the whole room's.</source>
        <translation>Volontari, diario e circolari sono quelli dell'evento; consegne, magazzino, linea d'ascolto, supporto allo studio e Cabina di regia sono di tutta la sala.</translation>
    </message>
    <message>
        <source>Volunteers: person-days by service</source>
        <translation>Volontari: giornate/persona per servizio</translation>
    </message>
    <message>
        <source>No volunteer activity recorded.</source>
        <translation>Nessuna attività di volontari registrata.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <source>Total (a volunteer counts once a day)</source>
        <translation>Totale (un volontario conta una volta al giorno)</translation>
    </message>
    <message>
        <source>Food delivered by category</source>
        <translation>Alimenti consegnati per categoria</translation>
    </message>
    <message>
        <source>Food category</source>
        <translation>Categoria alimentare</translation>
    </message>
    <message>
        <source>Distributions</source>
        <translation>Distribuzioni</translation>
    </message>
    <message>
        <source>Total food</source>
        <translation>Totale alimenti</translation>
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
        <source>DPI, kits and other goods delivered</source>
        <translation>DPI, kit e altri beni consegnati</translation>
    </message>
    <message>
        <source>Comuni served</source>
        <translation>Comuni serviti</translation>
    </message>
    <message>
        <source>No food delivered.</source>
        <translation>Nessun alimento consegnato.</translation>
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
        <source>Requests from the territory still to serve</source>
        <translation>Richieste dal territorio ancora da servire</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Nessuna.</translation>
    </message>
    <message>
        <source>Requests asked on or before the day and not yet served today, the oldest first: %1.</source>
        <translation>Richieste fatte entro il giorno e non ancora servite oggi, dalla più vecchia: %1.</translation>
    </message>
    <message>
        <source>the first %1 of %2</source>
        <translation>le prime %1 di %2</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Chiesta il</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Stock at the end of the day</source>
        <translation>Magazzino a fine giornata</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>First expiry</source>
        <translation>Prima scadenza</translation>
    </message>
    <message>
        <source>Lots below zero (to be counted)</source>
        <translation>Lotti sotto zero (da contare)</translation>
    </message>
    <message>
        <source>Listening line (AscoltiAMO)</source>
        <translation>Linea d'ascolto (AscoltiAMO)</translation>
    </message>
    <message>
        <source>Called back (so far)</source>
        <translation>Richiamati (finora)</translation>
    </message>
    <message>
        <source>Referrals to services</source>
        <translation>Invii ai servizi</translation>
    </message>
    <message>
        <source>Aggregate figures of the requests received on the day: no caller can be identified.</source>
        <translation>Cifre aggregate delle richieste ricevute nel giorno: nessuna persona che ha chiamato è riconoscibile.</translation>
    </message>
    <message>
        <source>Study support (ConosciAMO)</source>
        <translation>Supporto allo studio (ConosciAMO)</translation>
    </message>
    <message>
        <source>Pupil absent</source>
        <translation>Alunno assente</translation>
    </message>
    <message>
        <source>Outcome not yet recorded</source>
        <translation>Esito non ancora registrato</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisioni</translation>
    </message>
    <message>
        <source>No decision recorded.</source>
        <translation>Nessuna decisione registrata.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dove</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisione</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Scritta da</translation>
    </message>
    <message>
        <source>diary</source>
        <translation>diario</translation>
    </message>
    <message>
        <source>Cabina di regia</source>
        <translation>Cabina di regia</translation>
    </message>
    <message>
        <source>Open actions of the Cabina di regia</source>
        <translation>Azioni aperte della Cabina di regia</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Scaduta</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocollo</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>PEC messages</source>
        <translation>Messaggi PEC</translation>
    </message>
    <message>
        <source>Letters without PEC</source>
        <translation>Lettere senza PEC</translation>
    </message>
</context>
<context>
    <name>stock::AssembleKits</name>
    <message>
        <source>Cancelled with Undo</source>
        <translation>Annullato con Annulla</translation>
    </message>
    <message numerus="yes">
        <source>assembly of %n kit(s)</source>
        <translation>
            <numerusform>assemblaggio di %n kit</numerusform>
            <numerusform>assemblaggio di %n kit</numerusform>
        </translation>
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
        <source>The components in stock are enough for %Ln kit(s).</source>
        <translation>
            <numerusform>I componenti in magazzino bastano per %Ln kit.</numerusform>
            <numerusform>I componenti in magazzino bastano per %Ln kit.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from %2.</source>
        <translation>%1 da %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln kit(s) assembled</source>
        <translation>
            <numerusform>%Ln kit assemblato</numerusform>
            <numerusform>%Ln kit assemblati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln component lot(s)</source>
        <translation>
            <numerusform>%Ln lotto di componenti</numerusform>
            <numerusform>%Ln lotti di componenti</numerusform>
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
    <message>
        <source>Goods categories</source>
        <translation>Categorie merceologiche</translation>
    </message>
    <message>
        <source>&amp;Edit category...</source>
        <translation>&amp;Modifica categoria...</translation>
    </message>
    <message>
        <source>&amp;New category...</source>
        <translation>&amp;Nuova categoria...</translation>
    </message>
</context>
<context>
    <name>stock::CategoryDialog</name>
    <message>
        <source>Category %1</source>
        <translation>Categoria %1</translation>
    </message>
    <message>
        <source>New goods category</source>
        <translation>Nuova categoria merceologica</translation>
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
        <source>The count is closed: %Ln adjustment(s) recorded.</source>
        <translation>
            <numerusform>L'inventario è chiuso: registrata %Ln rettifica.</numerusform>
            <numerusform>L'inventario è chiuso: registrate %Ln rettifiche.</numerusform>
        </translation>
    </message>
    <message>
        <source>«%1» is not a quantity.</source>
        <translation>«%1» non è una quantità.</translation>
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
    <name>stock::CreateStarterItems</name>
    <message>
        <source>starter catalogue</source>
        <translation>catalogo di partenza</translation>
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
        <source>Choose a file: it is checked first, and nothing is written until you import it.</source>
        <translation>Scegli un file: viene prima controllato e non si scrive nulla finché non lo importi.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
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
    <message numerus="yes">
        <source>%Ln error(s): correct the file and choose it again; nothing will be imported.</source>
        <translation>
            <numerusform>%Ln errore: correggi il file e sceglilo di nuovo; non verrà importato nulla.</numerusform>
            <numerusform>%Ln errori: correggi il file e sceglilo di nuovo; non verrà importato nulla.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 in %3, %4.</source>
        <translation>%1: %2 in %3, %4.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln riga</numerusform>
            <numerusform>%Ln righe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln receipt(s)</source>
        <translation>
            <numerusform>%Ln carico</numerusform>
            <numerusform>%Ln carichi</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1 with %2, %3: %4.</source>
        <translation>Importazione completata: %1 con %2, %3: %4.</translation>
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
    <message numerus="yes">
        <source>%Ln movement(s)</source>
        <translation>
            <numerusform>%Ln movimento</numerusform>
            <numerusform>%Ln movimenti</numerusform>
        </translation>
    </message>
    <message>
        <source>delivery note %1</source>
        <translation>DDT %1</translation>
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
        <source>%Ln lot(s) in stock</source>
        <translation>
            <numerusform>%Ln lotto in giacenza</numerusform>
            <numerusform>%Ln lotti in giacenza</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stock::OpenCount</name>
    <message>
        <source>stock count of %1</source>
        <translation>inventario del %1</translation>
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
        <source>Expires in %Ln day(s)</source>
        <translation>
            <numerusform>Scade tra %Ln giorno</numerusform>
            <numerusform>Scade tra %Ln giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln expired lot(s) to write off</source>
        <translation>
            <numerusform>%Ln lotto scaduto da scartare</numerusform>
            <numerusform>%Ln lotti scaduti da scartare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lot(s) expiring within the warning days</source>
        <translation>
            <numerusform>%Ln lotto in scadenza entro i giorni di preavviso</numerusform>
            <numerusform>%Ln lotti in scadenza entro i giorni di preavviso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) under their minimum</source>
        <translation>
            <numerusform>%Ln articolo sotto la scorta minima</numerusform>
            <numerusform>%Ln articoli sotto la scorta minima</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lot(s) issued beyond what they held on two workstations while apart: count them (negative in Lots)</source>
        <translation>
            <numerusform>%Ln lotto scaricato oltre la giacenza da due postazioni mentre erano scollegate: contatelo (negativo in Lotti)</numerusform>
            <numerusform>%Ln lotti scaricati oltre la giacenza da due postazioni mentre erano scollegate: contateli (negativi in Lotti)</numerusform>
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
    <message>
        <source>total weight %1</source>
        <translation>peso totale %1</translation>
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
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln riga</numerusform>
            <numerusform>%Ln righe</numerusform>
        </translation>
    </message>
    <message>
        <source>Donor: required (choose one, or create it with «New donor...»).</source>
        <translation>Donatore: obbligatorio (sceglilo, o crealo con «Nuovo donatore...»).</translation>
    </message>
    <message>
        <source>Unknown donor «%1»: choose one from the list, or create it with «New donor...».</source>
        <translation>Donatore sconosciuto «%1»: sceglilo dall'elenco, o crealo con «Nuovo donatore...».</translation>
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
    <message>
        <source>All donors</source>
        <translation>Tutti i donatori</translation>
    </message>
    <message numerus="yes">
        <source>%Ln receipt(s)</source>
        <translation>
            <numerusform>%Ln carico</numerusform>
            <numerusform>%Ln carichi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stock::RecordReceipt</name>
    <message>
        <source>Cancelled with Undo</source>
        <translation>Annullato con Annulla</translation>
    </message>
    <message>
        <source>receipt %1</source>
        <translation>carico %1</translation>
    </message>
</context>
<context>
    <name>stock::SaveCategory</name>
    <message>
        <source>new category %1</source>
        <translation>nuova categoria %1</translation>
    </message>
    <message>
        <source>changes to category %1</source>
        <translation>modifiche alla categoria %1</translation>
    </message>
</context>
<context>
    <name>stock::SaveDonor</name>
    <message>
        <source>new donor %1</source>
        <translation>nuovo donatore %1</translation>
    </message>
    <message>
        <source>changes to donor %1</source>
        <translation>modifiche al donatore %1</translation>
    </message>
</context>
<context>
    <name>stock::SaveItem</name>
    <message>
        <source>new item %1</source>
        <translation>nuovo articolo %1</translation>
    </message>
    <message>
        <source>changes to item %1</source>
        <translation>modifiche all'articolo %1</translation>
    </message>
</context>
<context>
    <name>stock::SaveKitRecipe</name>
    <message>
        <source>kit recipe</source>
        <translation>composizione del kit</translation>
    </message>
</context>
<context>
    <name>stock::SaveLocation</name>
    <message>
        <source>new location %1</source>
        <translation>nuova ubicazione %1</translation>
    </message>
    <message>
        <source>changes to location %1</source>
        <translation>modifiche all'ubicazione %1</translation>
    </message>
</context>
<context>
    <name>stock::SetExpiryWarningDays</name>
    <message>
        <source>days of the expiry warning</source>
        <translation>giorni di preavviso delle scadenze</translation>
    </message>
</context>
<context>
    <name>stock::StarterCatalogueDialog</name>
    <message>
        <source>Starter catalogue</source>
        <translation>Catalogo di partenza</translation>
    </message>
    <message>
        <source>The items most rooms need: the six food categories, protective equipment (DPI) and kits. Untick what this room does not handle; more items can be added later in Warehouse › Master data. Items already in the catalogue are not created again.</source>
        <translation>Gli articoli che servono alla maggior parte delle sale: le sei categorie alimentari, i dispositivi di protezione (DPI) e i kit. Togli la spunta a ciò che questa sala non tratta; altri articoli si aggiungono poi in Magazzino › Anagrafiche. Gli articoli già nel catalogo non vengono creati di nuovo.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Articolo</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Si conta</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Items of the starter catalogue</source>
        <translation>Articoli del catalogo di partenza</translation>
    </message>
    <message>
        <source>&amp;Create the items</source>
        <translation>&amp;Crea gli articoli</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>by weight (kg)</source>
        <translation>a peso (kg)</translation>
    </message>
    <message>
        <source>by the piece, %1 per package</source>
        <translation>a pezzi, %1 per confezione</translation>
    </message>
    <message>
        <source>by the piece</source>
        <translation>a pezzi</translation>
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
        <source>already in the catalogue</source>
        <translation>già nel catalogo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) to create.</source>
        <translation>
            <numerusform>%Ln articolo da creare.</numerusform>
            <numerusform>%Ln articoli da creare.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the catalogue.</source>
        <translation>
            <numerusform>%Ln già nel catalogo.</numerusform>
            <numerusform>%Ln già nel catalogo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stock::StockAuditNames</name>
    <message>
        <source>receipt %1</source>
        <translation>carico %1</translation>
    </message>
    <message>
        <source>%1, lot %2</source>
        <translation>%1, lotto %2</translation>
    </message>
    <message>
        <source>%1, movement of %2</source>
        <translation>%1, movimento del %2</translation>
    </message>
    <message>
        <source>stock count of %1</source>
        <translation>inventario del %1</translation>
    </message>
    <message>
        <source>stock count of %1: %2</source>
        <translation>inventario del %1: %2</translation>
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
        <source>«%1» is not a kind of goods: food, dpi, kit or other.</source>
        <translation>«%1» non è un tipo di merce: food (alimentari), dpi, kit oppure other (altro).</translation>
    </message>
    <message>
        <source>the catalogue has no items yet: create them in Warehouse › Master data, or all at once with the starter catalogue (Help › First-start guide).</source>
        <translation>il catalogo non ha ancora articoli: creali in Magazzino › Anagrafiche, oppure tutti insieme con il catalogo di partenza (Aiuto › Guida al primo avvio).</translation>
    </message>
    <message>
        <source>No item of the starter catalogue is chosen.</source>
        <translation>Nessun articolo del catalogo di partenza è stato scelto.</translation>
    </message>
    <message>
        <source>The starter catalogue shipped with the program cannot be read (%1).</source>
        <translation>Il catalogo di partenza fornito con il programma non si può leggere (%1).</translation>
    </message>
    <message>
        <source>Item: required.</source>
        <translation>Articolo: obbligatorio.</translation>
    </message>
    <message>
        <source>Quantity: required.</source>
        <translation>Quantità: obbligatoria.</translation>
    </message>
    <message numerus="yes">
        <source>%n lot(s) still have no counted quantity.</source>
        <translation>
            <numerusform>%n lotto non ha ancora una quantità contata.</numerusform>
            <numerusform>%n lotti non hanno ancora una quantità contata.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the file has %n error(s): nothing was imported.</source>
        <translation>
            <numerusform>il file ha %n errore: non è stato importato nulla.</numerusform>
            <numerusform>il file ha %n errori: non è stato importato nulla.</numerusform>
        </translation>
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
    <message>
        <source>Food</source>
        <translation>Alimentari</translation>
    </message>
    <message>
        <source>Protective equipment (DPI)</source>
        <translation>Dispositivi di protezione (DPI)</translation>
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
        <translation>Alimenti in giacenza</translation>
    </message>
    <message>
        <source>first on %1</source>
        <translation>il primo il %1</translation>
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
    <message>
        <source>Lots issued beyond what they held</source>
        <translation>Lotti scaricati oltre la giacenza</translation>
    </message>
    <message>
        <source>issued on two workstations while apart: count them (Stock count)</source>
        <translation>scaricati da due postazioni scollegate: contateli (Inventario)</translation>
    </message>
    <message numerus="yes">
        <source>none within %Ln day(s)</source>
        <translation>
            <numerusform>nessuno entro %Ln giorno</numerusform>
            <numerusform>nessuno entro %Ln giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln expired lot(s) to write off</source>
        <translation>
            <numerusform>%Ln lotto scaduto da scartare</numerusform>
            <numerusform>%Ln lotti scaduti da scartare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lots expiring within %Ln day(s)</source>
        <translation>
            <numerusform>Lotti in scadenza entro %Ln giorno</numerusform>
            <numerusform>Lotti in scadenza entro %Ln giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>DPI: %Ln piece(s)</source>
        <translation>
            <numerusform>DPI: %Ln pezzo</numerusform>
            <numerusform>DPI: %Ln pezzi</numerusform>
        </translation>
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
    <message>
        <source>delivery note</source>
        <translation>DDT</translation>
    </message>
    <message>
        <source>delivery note %1</source>
        <translation>DDT %1</translation>
    </message>
    <message>
        <source>stock count of %1</source>
        <translation>inventario del %1</translation>
    </message>
    <message>
        <source>stock count</source>
        <translation>inventario</translation>
    </message>
    <message>
        <source>kit assembly</source>
        <translation>assemblaggio kit</translation>
    </message>
</context>
<context>
    <name>stock::StockSyncTexts</name>
    <message>
        <source>Stock movements</source>
        <translation>Movimenti di magazzino</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Lotti</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Carichi</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articoli</translation>
    </message>
    <message>
        <source>Donors</source>
        <translation>Donatori</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Ubicazioni</translation>
    </message>
    <message>
        <source>Kit recipes</source>
        <translation>Composizione dei kit</translation>
    </message>
    <message>
        <source>Stock counts</source>
        <translation>Inventari</translation>
    </message>
    <message>
        <source>Stock count lines</source>
        <translation>Righe di inventario</translation>
    </message>
    <message>
        <source>Warehouse settings</source>
        <translation>Impostazioni del magazzino</translation>
    </message>
    <message>
        <source>Goods category added</source>
        <translation>Categoria merceologica aggiunta</translation>
    </message>
    <message>
        <source>Donor added</source>
        <translation>Donatore aggiunto</translation>
    </message>
    <message>
        <source>Item added</source>
        <translation>Articolo aggiunto</translation>
    </message>
    <message>
        <source>Location added</source>
        <translation>Ubicazione aggiunta</translation>
    </message>
    <message>
        <source>Stock count cancelled</source>
        <translation>Inventario annullato</translation>
    </message>
    <message>
        <source>Stock count closed</source>
        <translation>Inventario chiuso</translation>
    </message>
    <message>
        <source>Stock count opened</source>
        <translation>Inventario aperto</translation>
    </message>
    <message>
        <source>Counted quantities recorded</source>
        <translation>Quantità contate registrate</translation>
    </message>
    <message>
        <source>Donor saved</source>
        <translation>Donatore salvato</translation>
    </message>
    <message>
        <source>Item saved</source>
        <translation>Articolo salvato</translation>
    </message>
    <message>
        <source>Kits assembled</source>
        <translation>Kit assemblati</translation>
    </message>
    <message>
        <source>Kit recipe saved</source>
        <translation>Composizione del kit salvata</translation>
    </message>
    <message>
        <source>Movement corrected</source>
        <translation>Movimento corretto</translation>
    </message>
    <message>
        <source>Receipt cancelled</source>
        <translation>Carico annullato</translation>
    </message>
    <message>
        <source>Receipts imported</source>
        <translation>Carichi importati</translation>
    </message>
    <message>
        <source>Receipt recorded</source>
        <translation>Carico registrato</translation>
    </message>
    <message>
        <source>Expiry warning days changed</source>
        <translation>Giorni di preavviso scadenza modificati</translation>
    </message>
    <message>
        <source>Goods moved between locations</source>
        <translation>Merce spostata tra ubicazioni</translation>
    </message>
    <message>
        <source>Goods written off</source>
        <translation>Merce scaricata come perdita</translation>
    </message>
    <message>
        <source>Goods category saved</source>
        <translation>Categoria merceologica salvata</translation>
    </message>
    <message>
        <source>Location saved</source>
        <translation>Ubicazione salvata</translation>
    </message>
    <message>
        <source>code</source>
        <translation>codice</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
</context>
<context>
    <name>stock::StockTab</name>
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
    <name>stock::Transfer</name>
    <message>
        <source>Cancelled with Undo</source>
        <translation>Annullato con Annulla</translation>
    </message>
    <message>
        <source>move of lot %1</source>
        <translation>trasferimento del lotto %1</translation>
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
    <name>stock::WriteOff</name>
    <message>
        <source>Cancelled with Undo</source>
        <translation>Annullato con Annulla</translation>
    </message>
    <message>
        <source>write-off of %1</source>
        <translation>scarto di %1</translation>
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
<context>
    <name>tutoring::AssistantDialog</name>
    <message>
        <source>Study assistant %1</source>
        <translation>Assistente studio %1</translation>
    </message>
    <message>
        <source>New study assistant</source>
        <translation>Nuovo assistente studio</translation>
    </message>
    <message>
        <source>given automatically</source>
        <translation>assegnato automaticamente</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>4th year</source>
        <translation>4ª superiore</translation>
    </message>
    <message>
        <source>5th year</source>
        <translation>5ª superiore</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Svolto il</translation>
    </message>
    <message>
        <source>Date of the course</source>
        <translation>Data del corso</translation>
    </message>
    <message>
        <source>Active (can be booked)</source>
        <translation>Attivo (prenotabile)</translation>
    </message>
    <message>
        <source>Study assistant</source>
        <translation>Assistente studio</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Codice:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>Co&amp;gnome:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;School:</source>
        <translation>&amp;Scuola:</translation>
    </message>
    <message>
        <source>Cl&amp;ass:</source>
        <translation>Cl&amp;asse:</translation>
    </message>
    <message>
        <source>Comune of &amp;residence:</source>
        <translation>Comune di &amp;residenza:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefono:</translation>
    </message>
    <message>
        <source>&amp;Tutor:</source>
        <translation>T&amp;utor:</translation>
    </message>
    <message>
        <source>Safety course:</source>
        <translation>Corso sicurezza:</translation>
    </message>
    <message>
        <source>PCTO hours:</source>
        <translation>Ore PCTO:</translation>
    </message>
    <message>
        <source>%1 (%2 lesson hours given + %3 course hours)</source>
        <translation>%1 (%2 ore di lezione svolte + %3 ore di corso)</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Subjects they can teach</source>
        <translation>Materie che può insegnare</translation>
    </message>
    <message>
        <source>%1 (middle school)</source>
        <translation>%1 (scuola media)</translation>
    </message>
    <message>
        <source>Weekly availability</source>
        <translation>Disponibilità settimanale</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The comune «%1» is not recognised: %2</source>
        <translation>Il comune «%1» non è riconosciuto: %2</translation>
    </message>
</context>
<context>
    <name>tutoring::AssistantsPage</name>
    <message>
        <source>Search by family name, given name or code</source>
        <translation>Cerca per cognome, nome o codice</translation>
    </message>
    <message>
        <source>Search study assistants</source>
        <translation>Cerca assistenti studio</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>Tutte le scuole</translation>
    </message>
    <message>
        <source>Any course state</source>
        <translation>Qualsiasi stato del corso</translation>
    </message>
    <message>
        <source>Safety course: %1</source>
        <translation>Corso sicurezza: %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Scuola</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Safety course</source>
        <translation>Corso sicurezza</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Materie</translation>
    </message>
    <message>
        <source>PCTO hours</source>
        <translation>Ore PCTO</translation>
    </message>
    <message>
        <source>done on %1</source>
        <translation>svolto il %1</translation>
    </message>
    <message>
        <source>Study assistants</source>
        <translation>Assistenti studio</translation>
    </message>
    <message>
        <source>&amp;New assistant...</source>
        <translation>&amp;Nuovo assistente...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Modifica...</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>&amp;PCTO statement of the school...</source>
        <translation>Attestazione &amp;PCTO della scuola...</translation>
    </message>
    <message>
        <source>&amp;Import from CSV...</source>
        <translation>&amp;Importa da CSV...</translation>
    </message>
    <message>
        <source>Delete study assistant</source>
        <translation>Elimina assistente studio</translation>
    </message>
    <message>
        <source>Delete %1 (%2)? This cannot be undone.</source>
        <translation>Eliminare %1 (%2)? L'operazione non si può annullare.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln study assistant(s)</source>
        <translation>
            <numerusform>%Ln assistente studio</numerusform>
            <numerusform>%Ln assistenti studio</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutoring::BesAssignDialog</name>
    <message>
        <source>Assign a stable assistant</source>
        <translation>Assegna un assistente stabile</translation>
    </message>
    <message>
        <source>BES pupils need a stable reference person: the assistant is chosen by hand, outside the calendar, among those who did the safety course.</source>
        <translation>I ragazzi con BES hanno bisogno di una figura di riferimento stabile: l'assistente si sceglie a mano, fuori dal calendario, tra chi ha svolto il corso sicurezza.</translation>
    </message>
    <message>
        <source>BES &amp;pupil:</source>
        <translation>&amp;Ragazzo con BES:</translation>
    </message>
    <message>
        <source>Stable &amp;assistant:</source>
        <translation>&amp;Assistente stabile:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dal:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Assegna</translation>
    </message>
</context>
<context>
    <name>tutoring::BesHoursDialog</name>
    <message>
        <source>Book BES hours</source>
        <translation>Prenota ore BES</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; with the stable assistant &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; con l'assistente stabile &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Hours refused</source>
        <translation>Ore rifiutate</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Materia:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dal:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Fino al:</translation>
    </message>
    <message>
        <source>On (when more than one day):</source>
        <translation>Nei giorni (se più di un giorno):</translation>
    </message>
    <message>
        <source>&amp;Hour:</source>
        <translation>&amp;Ora:</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Prenota</translation>
    </message>
    <message>
        <source>Choose the weekdays between the two dates.</source>
        <translation>Scegliere i giorni della settimana tra le due date.</translation>
    </message>
    <message>
        <source>%1 at %2:00 — %3</source>
        <translation>%1 alle %2:00 — %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) to book, from %1 to %2.</source>
        <translation>
            <numerusform>%Ln ora da prenotare, dal %1 al %2.</numerusform>
            <numerusform>%Ln ore da prenotare, dal %1 al %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutoring::BesPage</name>
    <message>
        <source>Search by the family name of the pupil or the assistant</source>
        <translation>Cerca per cognome del ragazzo o dell'assistente</translation>
    </message>
    <message>
        <source>Search BES assignments</source>
        <translation>Cerca assegnazioni BES</translation>
    </message>
    <message>
        <source>Assignments in force</source>
        <translation>Assegnazioni in corso</translation>
    </message>
    <message>
        <source>Every assignment</source>
        <translation>Tutte le assegnazioni</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Ragazzo</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Stable assistant</source>
        <translation>Assistente stabile</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Fino al</translation>
    </message>
    <message>
        <source>Hours booked</source>
        <translation>Ore prenotate</translation>
    </message>
    <message>
        <source>Hours given</source>
        <translation>Ore svolte</translation>
    </message>
    <message>
        <source>BES assignments</source>
        <translation>Assegnazioni BES</translation>
    </message>
    <message>
        <source>&amp;Assign a stable assistant...</source>
        <translation>&amp;Assegna un assistente stabile...</translation>
    </message>
    <message>
        <source>&amp;Book hours...</source>
        <translation>&amp;Prenota ore...</translation>
    </message>
    <message>
        <source>&amp;End the assignment...</source>
        <translation>&amp;Chiudi l'assegnazione...</translation>
    </message>
    <message>
        <source>End the assignment</source>
        <translation>Chiudi l'assegnazione</translation>
    </message>
    <message>
        <source>&amp;Last day with this assistant:</source>
        <translation>&amp;Ultimo giorno con questo assistente:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln assignment(s). BES hours are counted in the same totals as the calendar's, marked as BES.</source>
        <translation>
            <numerusform>%Ln assegnazione. Le ore BES rientrano negli stessi totali di quelle del calendario, indicate come BES.</numerusform>
            <numerusform>%Ln assegnazioni. Le ore BES rientrano negli stessi totali di quelle del calendario, indicate come BES.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutoring::BookingDialog</name>
    <message>
        <source>Book a lesson</source>
        <translation>Prenota una lezione</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Ragazzo</translation>
    </message>
    <message>
        <source>Study assistant</source>
        <translation>Assistente studio</translation>
    </message>
    <message>
        <source>optional, e.g. the topic agreed with the school</source>
        <translation>facoltativa, per esempio l'argomento concordato con la scuola</translation>
    </message>
    <message>
        <source>Next free slots</source>
        <translation>Prime ore libere</translation>
    </message>
    <message>
        <source>Book this slot &amp;instead</source>
        <translation>Prenota &amp;invece quest'ora</translation>
    </message>
    <message>
        <source>&amp;Pupil:</source>
        <translation>&amp;Ragazzo:</translation>
    </message>
    <message>
        <source>&amp;Study assistant:</source>
        <translation>&amp;Assistente studio:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Prenota</translation>
    </message>
    <message>
        <source>%1 · %2, %3</source>
        <translation>%1 · %2, %3</translation>
    </message>
    <message>
        <source>(no assistant free at this hour)</source>
        <translation>(nessun assistente libero a quest'ora)</translation>
    </message>
    <message>
        <source>Choose the pupil.</source>
        <translation>Scegliere il ragazzo.</translation>
    </message>
    <message>
        <source>No assistant can take this slot: choose another slot.</source>
        <translation>Nessun assistente può prendere quest'ora: sceglierne un'altra.</translation>
    </message>
    <message>
        <source>Not booked. %1</source>
        <translation>Non prenotata. %1</translation>
    </message>
    <message>
        <source>type or choose the pupil</source>
        <translation>scrivere o scegliere il ragazzo</translation>
    </message>
    <message>
        <source>choose the assistant</source>
        <translation>scegliere l'assistente</translation>
    </message>
    <message>
        <source>Choose the study assistant.</source>
        <translation>Scegliere l'assistente allo studio.</translation>
    </message>
</context>
<context>
    <name>tutoring::CalendarPage</name>
    <message>
        <source>Subject</source>
        <translation>Materia</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Ragazzo</translation>
    </message>
    <message>
        <source>Choose a pupil to see which slots they can take</source>
        <translation>Scegliere un ragazzo per vedere quali ore può prendere</translation>
    </message>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>Mese precedente (Pag su)</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mese precedente</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>Mese successivo (Pag giù)</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mese successivo</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>O&amp;ggi</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Materia:</translation>
    </message>
    <message>
        <source>P&amp;upil:</source>
        <translation>&amp;Ragazzo:</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Assistants free / lessons</source>
        <translation>Assistenti liberi / lezioni</translation>
    </message>
    <message>
        <source>Slots of the day</source>
        <translation>Ore del giorno</translation>
    </message>
    <message>
        <source>&amp;Book this slot...</source>
        <translation>&amp;Prenota quest'ora...</translation>
    </message>
    <message>
        <source>&amp;Next free slots for the pupil</source>
        <translation>Prime ore &amp;libere per il ragazzo</translation>
    </message>
    <message>
        <source>Next free slots</source>
        <translation>Prime ore libere</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keyboard:&lt;/b&gt; arrows move between days and slots, Page Up/Down change month, Enter books the slot. Green: free slots (number of assistants free); grey: full or past; orange: the pupil cannot take it.</source>
        <translation>&lt;b&gt;Tastiera:&lt;/b&gt; le frecce spostano tra giorni e ore, Pag su/giù cambiano mese, Invio prenota l'ora. Verde: ore libere (numero di assistenti liberi); grigio: al completo o passate; arancione: il ragazzo non può prenderla.</translation>
    </message>
    <message>
        <source>(any pupil)</source>
        <translation>(qualsiasi ragazzo)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Service period «%1»: %2 to %3, %4; slots %5.</source>
        <translation>Periodo di servizio «%1»: dal %2 al %3, %4; ore %5.</translation>
    </message>
    <message>
        <source>No service period is set up: use «Period and slots...» to create one.</source>
        <translation>Nessun periodo di servizio impostato: crearne uno con «Periodo e orari...».</translation>
    </message>
    <message>
        <source>No service on this day</source>
        <translation>Nessun servizio in questo giorno</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Choose the pupil first.</source>
        <translation>Scegliere prima il ragazzo.</translation>
    </message>
    <message>
        <source>No free slot left in the service period.</source>
        <translation>Nessuna ora libera fino alla fine del periodo di servizio.</translation>
    </message>
</context>
<context>
    <name>tutoring::ComuneField</name>
    <message>
        <source>Any Italian comune, e.g. Cisliano or Limbiate (MB)</source>
        <translation>Qualsiasi comune italiano, per esempio Cisliano o Limbiate (MB)</translation>
    </message>
    <message>
        <source>→ %1 (former name)</source>
        <translation>→ %1 (nome precedente)</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>→ %1 (corrected from «%2»)</source>
        <translation>→ %1 (corretto da «%2»)</translation>
    </message>
    <message>
        <source>More than one comune: %1. Add the province, e.g. «Name (MI)».</source>
        <translation>Più di un comune: %1. Aggiungere la provincia, per esempio «Nome (MI)».</translation>
    </message>
    <message>
        <source>Unknown comune.</source>
        <translation>Comune sconosciuto.</translation>
    </message>
    <message>
        <source>Unknown comune. Did you mean: %1?</source>
        <translation>Comune sconosciuto. Forse: %1?</translation>
    </message>
</context>
<context>
    <name>tutoring::ImportDialog</name>
    <message>
        <source>Import from CSV</source>
        <translation>Importa da CSV</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Ragazzi</translation>
    </message>
    <message>
        <source>Study assistants</source>
        <translation>Assistenti studio</translation>
    </message>
    <message>
        <source>Bookings (with their outcome, if known)</source>
        <translation>Prenotazioni (con il loro esito, se noto)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>&amp;Choose...</source>
        <translation>&amp;Scegli...</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Next free slots</source>
        <translation>Prime ore libere</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problemi trovati</translation>
    </message>
    <message>
        <source>C&amp;heck (writes nothing)</source>
        <translation>&amp;Controlla (non scrive nulla)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <source>Columns: code, family_name (cognome), given_name (nome), birth_year, school_order (media/superiore), class_year, school, comune, parent_name, parent_phone, parent_email, bes (sì/no), consent_on (date or sì), notes. Pupils with a code already on record are updated.</source>
        <translation>Colonne: code (codice), family_name (cognome), given_name (nome), birth_year (anno_nascita), school_order (ordine: media/superiore), class_year (classe), school (scuola), comune, parent_name (genitore), parent_phone, parent_email, bes (sì/no), consent_on (consenso: data o sì), notes (note). I ragazzi con un codice già presente vengono aggiornati.</translation>
    </message>
    <message>
        <source>Columns: code, family_name, given_name, school (one of the 16), class_year (4/5), comune, email, phone, subjects (separated by ;), safety_course (svolto/iscritto/no), safety_course_on, availability (e.g. «lun 15-18; mer 16»), tutor (code).</source>
        <translation>Colonne: code (codice), family_name (cognome), given_name (nome), school (scuola, una delle 16), class_year (classe 4/5), comune, email, phone (telefono), subjects (materie, separate da ;), safety_course (corso_sicurezza: svolto/iscritto/no), safety_course_on (data_corso), availability (disponibilita, per esempio «lun 15-18; mer 16»), tutor (codice).</translation>
    </message>
    <message>
        <source>Columns: pupil_code, subject, assistant_code, date, hour, outcome (svolta/assente/annullata, optional), tutor_code (who stood in), note. Every booking rule is checked; BES pupils' hours go on their assignment.</source>
        <translation>Colonne: pupil_code (codice_ragazzo), subject (materia), assistant_code (codice_assistente), date (data), hour (ora), outcome (esito: svolta/assente/annullata, facoltativo), tutor_code (tutor che ha sostituito), note. Si controllano tutte le regole di prenotazione; le ore dei ragazzi con BES vanno sulla loro assegnazione.</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Cosa:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>CSV file to import</source>
        <translation>File CSV da importare</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>File CSV (*.csv *.txt);;Tutti i file (*)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln comune name(s) read as another, listed below: check them.</source>
        <translation>
            <numerusform>%Ln nome di comune letto come un altro, elencato sotto: controllarlo.</numerusform>
            <numerusform>%Ln nomi di comuni letti come altri, elencati sotto: controllarli.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in %2: nothing was written. Correct the file and check it again.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; in %2: non è stato scritto nulla. Correggere il file e controllarlo di nuovo.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln problema</numerusform>
            <numerusform>%Ln problemi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln riga</numerusform>
            <numerusform>%Ln righe</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;No problems&lt;/b&gt; in %1: %2 to create, %3 to update. Nothing was written yet: press Import.</source>
        <translation>&lt;b&gt;Nessun problema&lt;/b&gt; in %1: %2 da creare, %3 da aggiornare. Non è stato ancora scritto nulla: premere Importa.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Imported&lt;/b&gt;: %1, %2, %3.</source>
        <translation>&lt;b&gt;Importato&lt;/b&gt;: %1, %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln created</source>
        <translation>
            <numerusform>%Ln creato</numerusform>
            <numerusform>%Ln creati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln aggiornato</numerusform>
            <numerusform>%Ln aggiornati</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutoring::Labels</name>
    <message>
        <source>High school</source>
        <translation>Scuola superiore</translation>
    </message>
    <message>
        <source>Middle school</source>
        <translation>Scuola media</translation>
    </message>
    <message>
        <source>year %1 of high school</source>
        <translation>%1ª superiore</translation>
    </message>
    <message>
        <source>year %1 of middle school</source>
        <translation>%1ª media</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Svolto</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Iscritto</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Non iscritto</translation>
    </message>
    <message>
        <source>Retired teacher</source>
        <translation>Insegnante in pensione</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Insegnante</translation>
    </message>
    <message>
        <source>BES assignment</source>
        <translation>Assegnazione BES</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Svolta</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullata</translation>
    </message>
    <message>
        <source>Pupil absent</source>
        <translation>Ragazzo assente</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Prenotata</translation>
    </message>
</context>
<context>
    <name>tutoring::LessonCommands</name>
    <message>
        <source>booking of the lesson of %1</source>
        <translation>prenotazione della lezione del %1</translation>
    </message>
    <message numerus="yes">
        <source>booking of %n BES hour(s)</source>
        <translation>
            <numerusform>prenotazione di %n ora BES</numerusform>
            <numerusform>prenotazione di %n ore BES</numerusform>
        </translation>
    </message>
    <message>
        <source>outcome of lesson %1</source>
        <translation>esito della lezione %1</translation>
    </message>
    <message>
        <source>cancellation of lesson %1</source>
        <translation>annullamento della lezione %1</translation>
    </message>
</context>
<context>
    <name>tutoring::LessonsModel</name>
    <message>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Materia</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Ragazzo</translation>
    </message>
    <message>
        <source>Study assistant</source>
        <translation>Assistente studio</translation>
    </message>
    <message>
        <source>Booked on</source>
        <translation>Prenotata su</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Stand-in tutor</source>
        <translation>Tutor in sostituzione</translation>
    </message>
</context>
<context>
    <name>tutoring::LessonsPage</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Dal</translation>
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
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>All subjects</source>
        <translation>Tutte le materie</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Every outcome</source>
        <translation>Ogni esito</translation>
    </message>
    <message>
        <source>Waiting for the outcome (past)</source>
        <translation>In attesa dell'esito (passate)</translation>
    </message>
    <message>
        <source>Booked, no outcome</source>
        <translation>Prenotate, senza esito</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Svolte</translation>
    </message>
    <message>
        <source>Pupil absent</source>
        <translation>Ragazzo assente</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullate</translation>
    </message>
    <message>
        <source>Booked on</source>
        <translation>Prenotata su</translation>
    </message>
    <message>
        <source>Calendar and BES</source>
        <translation>Calendario e BES</translation>
    </message>
    <message>
        <source>Calendar only</source>
        <translation>Solo calendario</translation>
    </message>
    <message>
        <source>BES only</source>
        <translation>Solo BES</translation>
    </message>
    <message>
        <source>Family name or code of pupil or assistant</source>
        <translation>Cognome o codice del ragazzo o dell'assistente</translation>
    </message>
    <message>
        <source>Search lessons</source>
        <translation>Cerca lezioni</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lezioni</translation>
    </message>
    <message>
        <source>Record &amp;outcome...</source>
        <translation>Registra l'&amp;esito...</translation>
    </message>
    <message>
        <source>&amp;Cancel the booking...</source>
        <translation>&amp;Annulla la prenotazione...</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrato</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Outcome history</source>
        <translation>Storico degli esiti</translation>
    </message>
    <message>
        <source>History of the selected lesson (every entry is kept):</source>
        <translation>Storico della lezione scelta (ogni registrazione resta):</translation>
    </message>
    <message>
        <source>Correct the &amp;outcome...</source>
        <translation>Correggi l'&amp;esito...</translation>
    </message>
    <message>
        <source>booking</source>
        <translation>prenotazione</translation>
    </message>
    <message>
        <source>%1 (stand-in: %2)</source>
        <translation>%1 (sostituzione: %2)</translation>
    </message>
    <message>
        <source>correction: %1</source>
        <translation>correzione: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lesson(s)</source>
        <translation>
            <numerusform>%Ln lezione</numerusform>
            <numerusform>%Ln lezioni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutoring::OutcomeDialog</name>
    <message>
        <source>Correct the outcome</source>
        <translation>Correggi l'esito</translation>
    </message>
    <message>
        <source>Record the outcome</source>
        <translation>Registra l'esito</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1, %2&lt;/b&gt;&lt;br/&gt;%3 with %4</source>
        <translation>&lt;b&gt;%1, %2&lt;/b&gt;&lt;br/&gt;%3 con %4</translation>
    </message>
    <message>
        <source>Outcome in force: &lt;b&gt;%1&lt;/b&gt;. The correction is recorded as a new entry; the previous one stays in the history.</source>
        <translation>Esito in vigore: &lt;b&gt;%1&lt;/b&gt;. La correzione viene registrata come nuova voce; la precedente resta nello storico.</translation>
    </message>
    <message>
        <source>No outcome recorded yet.</source>
        <translation>Nessun esito ancora registrato.</translation>
    </message>
    <message>
        <source>&amp;Given by the assistant</source>
        <translation>&amp;Svolta dall'assistente</translation>
    </message>
    <message>
        <source>Given by a &amp;tutor standing in</source>
        <translation>Svolta da un &amp;tutor in sostituzione</translation>
    </message>
    <message>
        <source>Pupil &amp;absent</source>
        <translation>Ragazzo &amp;assente</translation>
    </message>
    <message>
        <source>&amp;Cancelled</source>
        <translation>A&amp;nnullata</translation>
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
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>Record the &amp;correction</source>
        <translation>Registra la &amp;correzione</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Registra</translation>
    </message>
    <message>
        <source>The lesson has not taken place yet: it can only be cancelled.</source>
        <translation>La lezione non si è ancora svolta: si può solo annullare.</translation>
    </message>
</context>
<context>
    <name>tutoring::PeopleCommands</name>
    <message>
        <source>Save pupil %1</source>
        <translation>Salva ragazzo %1</translation>
    </message>
    <message>
        <source>Save study assistant %1</source>
        <translation>Salva assistente studio %1</translation>
    </message>
    <message>
        <source>Save tutor %1</source>
        <translation>Salva tutor %1</translation>
    </message>
</context>
<context>
    <name>tutoring::PeriodDialog</name>
    <message>
        <source>Service period and slots</source>
        <translation>Periodo di servizio e orari</translation>
    </message>
    <message>
        <source>New service period</source>
        <translation>Nuovo periodo di servizio</translation>
    </message>
    <message>
        <source>Lessons last one hour. The published service ran Monday to Saturday from 15:00 to 18:30: slots at 15, 16 and 17.</source>
        <translation>Le lezioni durano un'ora. Il servizio pubblicato era dal lunedì al sabato dalle 15:00 alle 18:30: ore alle 15, 16 e 17.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Primo giorno:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Ultimo giorno:</translation>
    </message>
    <message>
        <source>Days of service:</source>
        <translation>Giorni di servizio:</translation>
    </message>
    <message>
        <source>Slots starting at:</source>
        <translation>Ore che iniziano alle:</translation>
    </message>
</context>
<context>
    <name>tutoring::PupilDialog</name>
    <message>
        <source>Pupil %1</source>
        <translation>Ragazzo %1</translation>
    </message>
    <message>
        <source>New pupil</source>
        <translation>Nuovo ragazzo</translation>
    </message>
    <message>
        <source>given automatically</source>
        <translation>assegnato automaticamente</translation>
    </message>
    <message>
        <source>the school the pupil attends</source>
        <translation>la scuola che frequenta</translation>
    </message>
    <message>
        <source>Special educational needs (BES): a stable assistant is assigned by hand</source>
        <translation>Bisogni educativi speciali (BES): si assegna a mano un assistente stabile</translation>
    </message>
    <message>
        <source>Consent received on</source>
        <translation>Consenso ricevuto il</translation>
    </message>
    <message>
        <source>Active (uses the service)</source>
        <translation>Attivo (usa il servizio)</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Ragazzo</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Codice:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>Co&amp;gnome:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Year of birth:</source>
        <translation>&amp;Anno di nascita:</translation>
    </message>
    <message>
        <source>School &amp;order and class:</source>
        <translation>&amp;Ordine di scuola e classe:</translation>
    </message>
    <message>
        <source>Sc&amp;hool:</source>
        <translation>Sc&amp;uola:</translation>
    </message>
    <message>
        <source>Comune of &amp;residence:</source>
        <translation>Comune di &amp;residenza:</translation>
    </message>
    <message>
        <source>Parent (who booked)</source>
        <translation>Genitore (chi prenota)</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>No&amp;me:</translation>
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
        <source>&amp;Notes:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Personal data of a minor: it is shown only here and in the booking screens, and leaves the program only in aggregate reports.</source>
        <translation>Dati personali di un minore: sono mostrati solo qui e nelle schermate di prenotazione, ed escono dal programma solo in resoconti aggregati.</translation>
    </message>
    <message>
        <source>The comune «%1» is not recognised: %2</source>
        <translation>Il comune «%1» non è riconosciuto: %2</translation>
    </message>
</context>
<context>
    <name>tutoring::PupilsPage</name>
    <message>
        <source>Search by family name, given name or code</source>
        <translation>Cerca per cognome, nome o codice</translation>
    </message>
    <message>
        <source>Search pupils</source>
        <translation>Cerca ragazzi</translation>
    </message>
    <message>
        <source>Middle and high school</source>
        <translation>Medie e superiori</translation>
    </message>
    <message>
        <source>Active pupils</source>
        <translation>Ragazzi attivi</translation>
    </message>
    <message>
        <source>BES pupils</source>
        <translation>Ragazzi con BES</translation>
    </message>
    <message>
        <source>Without consent</source>
        <translation>Senza consenso</translation>
    </message>
    <message>
        <source>Everyone, also inactive</source>
        <translation>Tutti, anche non attivi</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Comune of residence</source>
        <translation>Comune di residenza</translation>
    </message>
    <message>
        <source>BES</source>
        <translation>BES</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <source>Hours booked</source>
        <translation>Ore prenotate</translation>
    </message>
    <message>
        <source>Hours given</source>
        <translation>Ore svolte</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Ragazzi</translation>
    </message>
    <message>
        <source>&amp;New pupil...</source>
        <translation>&amp;Nuovo ragazzo...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Modifica...</translation>
    </message>
    <message>
        <source>&amp;Book on the calendar</source>
        <translation>&amp;Prenota sul calendario</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>&amp;Import from CSV...</source>
        <translation>&amp;Importa da CSV...</translation>
    </message>
    <message>
        <source>Delete pupil</source>
        <translation>Elimina ragazzo</translation>
    </message>
    <message>
        <source>Delete %1 (%2)? This cannot be undone.</source>
        <translation>Eliminare %1 (%2)? L'operazione non si può annullare.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pupil(s)</source>
        <translation>
            <numerusform>%Ln ragazzo</numerusform>
            <numerusform>%Ln ragazzi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutoring::ReportsPage</name>
    <message>
        <source>Only lessons &amp;from</source>
        <translation>Solo le lezioni &amp;dal</translation>
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
        <source>&amp;Refresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>The service in figures (from the records)</source>
        <translation>Il servizio in cifre (dalle registrazioni)</translation>
    </message>
    <message>
        <source>Hours booked</source>
        <translation>Ore prenotate</translation>
    </message>
    <message>
        <source>of which for BES pupils</source>
        <translation>di cui per ragazzi con BES</translation>
    </message>
    <message>
        <source>Hours given</source>
        <translation>Ore svolte</translation>
    </message>
    <message>
        <source>of which by a tutor standing in</source>
        <translation>di cui da un tutor in sostituzione</translation>
    </message>
    <message>
        <source>Pupil absent</source>
        <translation>Ragazzo assente</translation>
    </message>
    <message>
        <source>Outcome not yet recorded</source>
        <translation>Esito non ancora registrato</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Ragazzi</translation>
    </message>
    <message>
        <source>Comuni of residence</source>
        <translation>Comuni di residenza</translation>
    </message>
    <message>
        <source>Study assistants</source>
        <translation>Assistenti studio</translation>
    </message>
    <message>
        <source>Safety course done / enrolled</source>
        <translation>Corso sicurezza svolto / iscritti</translation>
    </message>
    <message>
        <source>Tutors</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <source>Cancelled (not counted)</source>
        <translation>Annullate (non contate)</translation>
    </message>
    <message>
        <source>Hours booked and given by week</source>
        <translation>Ore prenotate e svolte per settimana</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Resoconti</translation>
    </message>
    <message>
        <source>Preview and print</source>
        <translation>Anteprima e stampa</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>CSV (aggregate)</source>
        <translation>CSV (aggregato)</translation>
    </message>
    <message>
        <source>School of the PCTO statement</source>
        <translation>Scuola dell'attestazione PCTO</translation>
    </message>
    <message>
        <source>PCTO statement of this &amp;school...</source>
        <translation>Attestazione PCTO di questa &amp;scuola...</translation>
    </message>
    <message>
        <source>PCTO statement for one school:</source>
        <translation>Attestazione PCTO di una scuola:</translation>
    </message>
    <message>
        <source>CSV files carry aggregate figures only: pupils' data never leaves the program.</source>
        <translation>I file CSV contengono solo dati aggregati: i dati dei ragazzi non escono mai dal programma.</translation>
    </message>
    <message>
        <source>%1 (%2 BES)</source>
        <translation>%1 (%2 BES)</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>ore</translation>
    </message>
    <message>
        <source>PCTO statement</source>
        <translation>Attestazione PCTO</translation>
    </message>
    <message>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 da %2</translation>
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
        <translation>periodo di servizio %1</translation>
    </message>
    <message>
        <source>end of the BES assignment on %1</source>
        <translation>chiusura dell'assegnazione BES il %1</translation>
    </message>
</context>
<context>
    <name>tutoring::SlotCalendarWidget</name>
    <message>
        <source>Booking calendar</source>
        <translation>Calendario delle prenotazioni</translation>
    </message>
    <message>
        <source>full</source>
        <translation>al completo</translation>
    </message>
    <message>
        <source>pupil busy</source>
        <translation>ragazzo impegnato</translation>
    </message>
    <message>
        <source>hour taken today</source>
        <translation>ora già presa oggi</translation>
    </message>
    <message>
        <source>past</source>
        <translation>passata</translation>
    </message>
    <message>
        <source>%1: no service</source>
        <translation>%1: nessun servizio</translation>
    </message>
    <message>
        <source>no service</source>
        <translation>nessun servizio</translation>
    </message>
    <message>
        <source>Slot %1:00 selected. %2</source>
        <translation>Selezionata l'ora delle %1:00. %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln free</source>
        <translation>
            <numerusform>%Ln libero</numerusform>
            <numerusform>%Ln liberi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%Ln booked)</source>
        <translation>
            <numerusform> (%Ln prenotata)</numerusform>
            <numerusform> (%Ln prenotate)</numerusform>
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
        <translation>Nuovo tutor</translation>
    </message>
    <message>
        <source>given automatically</source>
        <translation>assegnato automaticamente</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Codice:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>Co&amp;gnome:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Ruolo:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefono:</translation>
    </message>
</context>
<context>
    <name>tutoring::TutoringErrorText</name>
    <message>
        <source>Service period</source>
        <translation>Periodo di servizio</translation>
    </message>
    <message>
        <source>Days of service</source>
        <translation>Giorni di servizio</translation>
    </message>
    <message>
        <source>Slot hours</source>
        <translation>Orario delle lezioni</translation>
    </message>
    <message>
        <source>Slot already started</source>
        <translation>Ora già iniziata</translation>
    </message>
    <message>
        <source>One hour of the same subject a day</source>
        <translation>Una sola ora della stessa materia al giorno</translation>
    </message>
    <message>
        <source>No double booking</source>
        <translation>Nessuna doppia prenotazione</translation>
    </message>
    <message>
        <source>Subject and school order</source>
        <translation>Materia e ordine di scuola</translation>
    </message>
    <message>
        <source>Health-and-safety course</source>
        <translation>Corso su igiene e salute nei luoghi di lavoro</translation>
    </message>
    <message>
        <source>Assistant's subjects</source>
        <translation>Materie dell'assistente</translation>
    </message>
    <message>
        <source>Assistant's availability</source>
        <translation>Disponibilità dell'assistente</translation>
    </message>
    <message>
        <source>Assistant free</source>
        <translation>Assistente libero</translation>
    </message>
    <message>
        <source>BES pupils</source>
        <translation>Ragazzi con BES</translation>
    </message>
    <message>
        <source>Parental consent</source>
        <translation>Consenso del genitore</translation>
    </message>
    <message>
        <source>Active people only</source>
        <translation>Solo persone attive</translation>
    </message>
    <message>
        <source>code</source>
        <translation>codice</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>cognome</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>year of birth</source>
        <translation>anno di nascita</translation>
    </message>
    <message>
        <source>class</source>
        <translation>classe</translation>
    </message>
    <message>
        <source>comune of residence</source>
        <translation>comune di residenza</translation>
    </message>
    <message>
        <source>school</source>
        <translation>scuola</translation>
    </message>
    <message>
        <source>parent's e-mail</source>
        <translation>e-mail del genitore</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>date of consent</source>
        <translation>data del consenso</translation>
    </message>
    <message>
        <source>date of the course</source>
        <translation>data del corso</translation>
    </message>
    <message>
        <source>subjects</source>
        <translation>materie</translation>
    </message>
    <message>
        <source>%1 is outside every service period: no period is set up.</source>
        <translation>%1 è fuori da ogni periodo di servizio: non è impostato alcun periodo.</translation>
    </message>
    <message>
        <source>%1 is outside the service period (%2 to %3).</source>
        <translation>il %1 è fuori dal periodo di servizio (dal %2 al %3).</translation>
    </message>
    <message>
        <source>there is no service on %1; the service runs on: %2.</source>
        <translation>%1 non c'è servizio; il servizio è attivo: %2.</translation>
    </message>
    <message>
        <source>%1 is not a slot; lessons start at %2.</source>
        <translation>le %1 non sono un orario di lezione; le lezioni iniziano alle %2.</translation>
    </message>
    <message>
        <source>the lesson of %1 at %2 has already started.</source>
        <translation>la lezione del %1 alle %2 è già iniziata.</translation>
    </message>
    <message>
        <source>%1 already has an hour of %2 on %3.</source>
        <translation>%1 ha già un'ora di %2 il %3.</translation>
    </message>
    <message>
        <source>%1 already has a lesson on %2 at %3.</source>
        <translation>%1 ha già una lezione il %2 alle %3.</translation>
    </message>
    <message>
        <source>%1 is a subject for %2; %3 attends %4.</source>
        <translation>%1 è una materia per la %2; %3 frequenta la %4.</translation>
    </message>
    <message>
        <source>%1 has not done the health-and-safety course yet (%2) and cannot give lessons.</source>
        <translation>%1 non ha ancora svolto il corso su igiene e salute nei luoghi di lavoro (%2) e non può fare lezione.</translation>
    </message>
    <message>
        <source>%1 did the health-and-safety course on %2, after %3.</source>
        <translation>%1 ha svolto il corso su igiene e salute nei luoghi di lavoro il %2, dopo il %3.</translation>
    </message>
    <message>
        <source>%1 does not teach %2.</source>
        <translation>%1 non insegna %2.</translation>
    </message>
    <message>
        <source>%1 is not available on %2 at %3 (weekly availability).</source>
        <translation>%1 non è disponibile %2 alle %3 (disponibilità settimanale).</translation>
    </message>
    <message>
        <source>%1 is a BES pupil: book the hours on the stable assistant's assignment (BES page), not on the calendar.</source>
        <translation>%1 ha bisogni educativi speciali: le ore si prenotano sull'assegnazione all'assistente stabile (pagina BES), non sul calendario.</translation>
    </message>
    <message>
        <source>%1 is not marked as a BES pupil.</source>
        <translation>%1 non è indicato come ragazzo con BES.</translation>
    </message>
    <message>
        <source>on %3 %1 has no BES assignment with %2.</source>
        <translation>il %3 %1 non ha un'assegnazione BES con %2.</translation>
    </message>
    <message>
        <source>the parent's consent for %1 has not been recorded.</source>
        <translation>il consenso del genitore per %1 non è stato registrato.</translation>
    </message>
    <message>
        <source>%1 is no longer active.</source>
        <translation>%1 non è più attivo.</translation>
    </message>
    <message>
        <source>The pupil was not found (id %1).</source>
        <translation>Il ragazzo non è stato trovato (id %1).</translation>
    </message>
    <message>
        <source>The subject was not found (id %1).</source>
        <translation>La materia non è stata trovata (id %1).</translation>
    </message>
    <message>
        <source>The study assistant was not found (id %1).</source>
        <translation>L'assistente studio non è stato trovato (id %1).</translation>
    </message>
    <message>
        <source>Give the service period a name.</source>
        <translation>Dare un nome al periodo di servizio.</translation>
    </message>
    <message>
        <source>The dates are missing or reversed: the first day must come before the last.</source>
        <translation>Le date mancano o sono invertite: il primo giorno deve venire prima dell'ultimo.</translation>
    </message>
    <message>
        <source>Choose at least one day of the week.</source>
        <translation>Scegliere almeno un giorno della settimana.</translation>
    </message>
    <message>
        <source>Give at least one slot start hour between 0 and 23.</source>
        <translation>Indicare almeno un'ora di inizio lezione tra 0 e 23.</translation>
    </message>
    <message>
        <source>The dates overlap the service period «%1».</source>
        <translation>Le date si sovrappongono al periodo di servizio «%1».</translation>
    </message>
    <message>
        <source>The %1 is missing.</source>
        <translation>Manca il campo «%1».</translation>
    </message>
    <message>
        <source>Study assistants attend the 4th or 5th year (not %1).</source>
        <translation>Gli assistenti studio frequentano la 4ª o la 5ª (non la %1ª).</translation>
    </message>
    <message>
        <source>%1 is not a plausible year of birth for a pupil.</source>
        <translation>%1 non è un anno di nascita plausibile per un ragazzo.</translation>
    </message>
    <message>
        <source>«%1» is not a valid e-mail address.</source>
        <translation>«%1» non è un indirizzo e-mail valido.</translation>
    </message>
    <message>
        <source>Give the date on which the health-and-safety course was done.</source>
        <translation>Indicare la data in cui è stato svolto il corso sicurezza.</translation>
    </message>
    <message>
        <source>The course cannot be done on %1, a day still to come: mark it as enrolled.</source>
        <translation>Il corso non può risultare svolto il %1, un giorno ancora da venire: indicare l'iscrizione.</translation>
    </message>
    <message>
        <source>The consent cannot be dated %1, a day still to come.</source>
        <translation>Il consenso non può avere la data %1, un giorno ancora da venire.</translation>
    </message>
    <message>
        <source>The code %1 is already used by someone else.</source>
        <translation>Il codice %1 è già usato da un'altra persona.</translation>
    </message>
    <message>
        <source>Choose one of the 16 schools of the project.</source>
        <translation>Scegliere una delle 16 scuole del progetto.</translation>
    </message>
    <message>
        <source>%1 has lessons or assignments on record and cannot be deleted: mark them as no longer active.</source>
        <translation>%1 ha lezioni o assegnazioni registrate e non può essere eliminato: indicarlo come non più attivo.</translation>
    </message>
    <message>
        <source>The record was not found (it may have been deleted on another workstation).</source>
        <translation>La scheda non è stata trovata (forse è stata eliminata da un'altra postazione).</translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation>Scegliere almeno un giorno.</translation>
    </message>
    <message>
        <source>The lesson of %1 at %2 already has an outcome: correct it instead.</source>
        <translation>La lezione del %1 alle %2 ha già un esito: correggerlo invece.</translation>
    </message>
    <message>
        <source>The lesson has no outcome to correct yet.</source>
        <translation>La lezione non ha ancora un esito da correggere.</translation>
    </message>
    <message>
        <source>The lesson of %1 at %2 has not taken place yet: only a cancellation can be recorded now.</source>
        <translation>La lezione del %1 alle %2 non si è ancora svolta: per ora si può registrare solo l'annullamento.</translation>
    </message>
    <message>
        <source>The correction says the same as the outcome in force.</source>
        <translation>La correzione dice la stessa cosa dell'esito in vigore.</translation>
    </message>
    <message>
        <source>Choose the tutor who stood in.</source>
        <translation>Scegliere il tutor che ha sostituito l'assistente.</translation>
    </message>
    <message>
        <source>The slot of %1 at %2 was given to another lesson after the cancellation: the lesson cannot be restored.</source>
        <translation>Dopo l'annullamento l'ora del %1 alle %2 è stata data a un'altra lezione: la lezione non può essere ripristinata.</translation>
    </message>
    <message>
        <source>Choose what happened: given, pupil absent or cancelled.</source>
        <translation>Scegliere che cosa è successo: svolta, ragazzo assente o annullata.</translation>
    </message>
    <message>
        <source>The pupil already has a stable assistant from %1: end that assignment first.</source>
        <translation>Il ragazzo ha già un assistente stabile dal %1: chiudere prima quell'assegnazione.</translation>
    </message>
    <message>
        <source>the file has no records under its header.</source>
        <translation>il file non ha righe sotto l'intestazione.</translation>
    </message>
    <message>
        <source>the code %1 already appears on line %2 of this file.</source>
        <translation>il codice %1 compare già alla riga %2 di questo file.</translation>
    </message>
    <message>
        <source>«%1» read as %2.</source>
        <translation>«%1» letto come %2.</translation>
    </message>
    <message>
        <source>«%1» is not a number.</source>
        <translation>«%1» non è un numero.</translation>
    </message>
    <message>
        <source>«%1»: write sì or no.</source>
        <translation>«%1»: scrivere sì o no.</translation>
    </message>
    <message>
        <source>«%1» is not a school order: write media or superiore.</source>
        <translation>«%1» non è un ordine di scuola: scrivere media o superiore.</translation>
    </message>
    <message>
        <source>«%1» is not one of the schools of the project: %2.</source>
        <translation>«%1» non è una delle scuole del progetto: %2.</translation>
    </message>
    <message>
        <source>«%1» is not a subject; the subjects are: %2.</source>
        <translation>«%1» non è una materia; le materie sono: %2.</translation>
    </message>
    <message>
        <source>«%1» is not an availability: write for example «lun 15-18; mer 16».</source>
        <translation>«%1» non è una disponibilità: scrivere per esempio «lun 15-18; mer 16».</translation>
    </message>
    <message>
        <source>«%1» is not a course state: write svolto, iscritto or no.</source>
        <translation>«%1» non è uno stato del corso: scrivere svolto, iscritto o no.</translation>
    </message>
    <message>
        <source>«%1» is not an hour: write for example 15 or 15:00.</source>
        <translation>«%1» non è un'ora: scrivere per esempio 15 o 15:00.</translation>
    </message>
    <message>
        <source>«%1» is not an outcome: write svolta, assente or annullata (or leave it empty).</source>
        <translation>«%1» non è un esito: scrivere svolta, assente o annullata (oppure lasciare vuoto).</translation>
    </message>
    <message>
        <source>no pupil has the code %1: import the pupils first.</source>
        <translation>nessun ragazzo ha il codice %1: importare prima i ragazzi.</translation>
    </message>
    <message>
        <source>no study assistant has the code %1: import the assistants first.</source>
        <translation>nessun assistente studio ha il codice %1: importare prima gli assistenti.</translation>
    </message>
    <message>
        <source>no tutor has the code %1.</source>
        <translation>nessun tutor ha il codice %1.</translation>
    </message>
    <message>
        <source>a tutor (%1) can only be given for a lesson that was given.</source>
        <translation>il tutor (%1) si indica solo per una lezione svolta.</translation>
    </message>
    <message>
        <source>%1 is a BES pupil with no stable assistant assigned on %2: assign one first.</source>
        <translation>%1 ha bisogni educativi speciali e il %2 non ha un assistente stabile assegnato: assegnarlo prima.</translation>
    </message>
    <message>
        <source>The demo data could not place every hour.</source>
        <translation>I dati dimostrativi non hanno trovato posto per tutte le ore.</translation>
    </message>
    <message>
        <source>%1 at %2 with %3</source>
        <translation>%1 alle %2 con %3</translation>
    </message>
    <message>
        <source>No free slot left in the service period.</source>
        <translation>Nessuna ora libera fino alla fine del periodo di servizio.</translation>
    </message>
    <message>
        <source>Next free slots: %1.</source>
        <translation>Prime ore libere: %1.</translation>
    </message>
    <message>
        <source>The service is for the 2nd and 3rd year of middle school and the 1st and 2nd of high school: the %1 is not served.</source>
        <translation>Il servizio è per la 2ª e la 3ª media e per la 1ª e la 2ª superiore: la %1 non è compresa.</translation>
    </message>
    <message>
        <source>pupil</source>
        <translation>ragazzo</translation>
    </message>
    <message>
        <source>study assistant</source>
        <translation>assistente studio</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>materia</translation>
    </message>
    <message>
        <source>day</source>
        <translation>giorno</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>ora</translation>
    </message>
    <message>
        <source>BES assignment</source>
        <translation>assegnazione BES</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <source>No record has the code «%1».</source>
        <translation>Nessuna scheda ha il codice «%1».</translation>
    </message>
    <message>
        <source>%1 was changed again since: its values are no longer the ones to undo.</source>
        <translation>%1 è stato modificato di nuovo nel frattempo: i suoi valori non sono più quelli da annullare.</translation>
    </message>
    <message>
        <source>Another outcome was recorded since for the lesson of %1 at %2.</source>
        <translation>Nel frattempo è stato registrato un altro esito per la lezione del %1 alle %2.</translation>
    </message>
    <message>
        <source>The BES assignment from %1 was changed again since.</source>
        <translation>L'assegnazione BES dal %1 è stata modificata di nuovo nel frattempo.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) in the file: nothing was imported.</source>
        <translation>
            <numerusform>%Ln problema nel file: non è stato importato nulla.</numerusform>
            <numerusform>%Ln problemi nel file: non è stato importato nulla.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lesson(s) booked would fall outside the new days or hours: cancel or move them first.</source>
        <translation>
            <numerusform>%Ln lezione prenotata resterebbe fuori dai nuovi giorni od orari: annullarla o spostarla prima.</numerusform>
            <numerusform>%Ln lezioni prenotate resterebbero fuori dai nuovi giorni od orari: annullarle o spostarle prima.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lesson(s) are booked on the assignment after that day: cancel them first.</source>
        <translation>
            <numerusform>%Ln lezione è prenotata sull'assegnazione dopo quel giorno: annullarla prima.</numerusform>
            <numerusform>%Ln lezioni sono prenotate sull'assegnazione dopo quel giorno: annullarle prima.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of the hours asked for (%1), %n cannot be booked: nothing was booked.</source>
        <translation>
            <numerusform>Delle ore richieste (%1), %n non si può prenotare: non è stato prenotato nulla.</numerusform>
            <numerusform>Delle ore richieste (%1), %n non si possono prenotare: non è stato prenotato nulla.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the file lacks %n column(s): %1 (see the README for the header names).</source>
        <translation>
            <numerusform>nel file manca %n colonna: %1 (i nomi delle intestazioni sono nel README).</numerusform>
            <numerusform>nel file mancano %n colonne: %1 (i nomi delle intestazioni sono nel README).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutoring::TutoringModule</name>
    <message>
        <source>Hours of study support booked</source>
        <translation>Ore di assistenza allo studio prenotate</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Ragazzi</translation>
    </message>
    <message>
        <source>Study assistants</source>
        <translation>Assistenti studio</translation>
    </message>
    <message>
        <source>Lessons today</source>
        <translation>Lezioni di oggi</translation>
    </message>
    <message>
        <source>Past lessons without an outcome</source>
        <translation>Lezioni passate senza esito</translation>
    </message>
    <message>
        <source>record them in ConosciAMO › Lessons</source>
        <translation>registrarlo in ConosciAMO › Lezioni</translation>
    </message>
    <message>
        <source>ConosciAMO</source>
        <translation>ConosciAMO</translation>
    </message>
    <message numerus="yes">
        <source>from %Ln comuni</source>
        <translation>
            <numerusform>da %Ln comune</numerusform>
            <numerusform>da %Ln comuni</numerusform>
        </translation>
    </message>
    <message>
        <source>Pupils (ConosciAMO)</source>
        <translation>Ragazzi (ConosciAMO)</translation>
    </message>
    <message>
        <source>of which %1 for BES pupils; %2</source>
        <translation>di cui %1 per ragazzi con BES; %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln given</source>
        <translation>
            <numerusform>%Ln svolta</numerusform>
            <numerusform>%Ln svolte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 with the safety course, %2</source>
        <translation>%1 con il corso sicurezza, %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln enrolled</source>
        <translation>
            <numerusform>%Ln iscritto</numerusform>
            <numerusform>%Ln iscritti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutoring::TutoringReports</name>
    <message>
        <source>ConosciAMO: pupils and hours by comune</source>
        <translation>ConosciAMO: ragazzi e ore per comune</translation>
    </message>
    <message>
        <source>ConosciAMO: summary figures</source>
        <translation>ConosciAMO: i numeri del servizio</translation>
    </message>
    <message>
        <source>ConosciAMO: hours booked and given by subject and week</source>
        <translation>ConosciAMO: ore prenotate e svolte per materia e settimana</translation>
    </message>
    <message>
        <source>ConosciAMO: PCTO hours statement of the study assistants</source>
        <translation>ConosciAMO: attestazione delle ore PCTO degli assistenti studio</translation>
    </message>
    <message>
        <source>ConosciAMO: tutors' stand-in hours</source>
        <translation>ConosciAMO: ore di sostituzione dei tutor</translation>
    </message>
    <message>
        <source>ConosciAMO: study assistants and the safety course</source>
        <translation>ConosciAMO: assistenti studio e corso sicurezza</translation>
    </message>
    <message>
        <source>ConosciAMO · study support for pupils aged 12 to 16</source>
        <translation>ConosciAMO · supporto allo studio per ragazzi dai 12 ai 16 anni</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>dal %1 al %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>dal %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>fino al %1</translation>
    </message>
    <message>
        <source>every lesson on record</source>
        <translation>tutte le lezioni registrate</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lezioni</translation>
    </message>
    <message>
        <source>ISTAT code</source>
        <translation>Codice ISTAT</translation>
    </message>
    <message>
        <source>Comune of residence</source>
        <translation>Comune di residenza</translation>
    </message>
    <message>
        <source>Middle school pupils</source>
        <translation>Ragazzi delle medie</translation>
    </message>
    <message>
        <source>High school pupils</source>
        <translation>Ragazzi delle superiori</translation>
    </message>
    <message>
        <source>Hours booked</source>
        <translation>Ore prenotate</translation>
    </message>
    <message>
        <source>Hours booked on the calendar by comune of residence</source>
        <translation>Ore prenotate sul calendario per comune di residenza</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n comuni</source>
        <translation>
            <numerusform>Totale: %n comune</numerusform>
            <numerusform>Totale: %n comuni</numerusform>
        </translation>
    </message>
    <message>
        <source>Pupils and hours booked by comune of residence</source>
        <translation>Ragazzi e ore prenotate per comune di residenza</translation>
    </message>
    <message>
        <source>Pupils who booked study support on the calendar, by comune of residence and school order, and the hours they booked (cancelled hours excluded). Pupils with special educational needs (BES) are served by a stable assistant assigned by hand, outside the calendar: they are counted in the second table.</source>
        <translation>Ragazzi che hanno prenotato l'assistenza allo studio sul calendario, per comune di residenza e ordine di scuola, e ore prenotate (escluse quelle annullate). I ragazzi con bisogni educativi speciali (BES) sono seguiti da un assistente stabile assegnato a mano, fuori dal calendario: sono contati nella seconda tabella.</translation>
    </message>
    <message>
        <source>Booked on the calendar</source>
        <translation>Prenotazioni sul calendario</translation>
    </message>
    <message>
        <source>BES pupils (stable assistant assigned by hand)</source>
        <translation>Ragazzi con BES (assistente stabile assegnato a mano)</translation>
    </message>
    <message>
        <source>No hours booked for BES pupils.</source>
        <translation>Nessuna ora prenotata per ragazzi con BES.</translation>
    </message>
    <message>
        <source>All pupils</source>
        <translation>Tutti i ragazzi</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Ragazzi</translation>
    </message>
    <message>
        <source>Comuni of residence</source>
        <translation>Comuni di residenza</translation>
    </message>
    <message>
        <source>%1, of which %2 for BES pupils</source>
        <translation>%1, di cui %2 per ragazzi con BES</translation>
    </message>
    <message>
        <source>of which BES</source>
        <translation>di cui BES</translation>
    </message>
    <message>
        <source>Hours given</source>
        <translation>Ore svolte</translation>
    </message>
    <message>
        <source>Study assistants</source>
        <translation>Assistenti studio</translation>
    </message>
    <message>
        <source>with the safety course</source>
        <translation>con corso sicurezza</translation>
    </message>
    <message>
        <source>ConosciAMO in figures</source>
        <translation>ConosciAMO in cifre</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Ore</translation>
    </message>
    <message>
        <source>  on the calendar</source>
        <translation>  sul calendario</translation>
    </message>
    <message>
        <source>  for BES pupils (assigned by hand)</source>
        <translation>  per ragazzi con BES (assegnati a mano)</translation>
    </message>
    <message>
        <source>  of which by a tutor standing in</source>
        <translation>  di cui da un tutor in sostituzione</translation>
    </message>
    <message>
        <source>Pupil absent</source>
        <translation>Ragazzo assente</translation>
    </message>
    <message>
        <source>Booked, outcome not yet recorded</source>
        <translation>Prenotate, esito non ancora registrato</translation>
    </message>
    <message>
        <source>Cancelled (not counted as booked)</source>
        <translation>Annullate (non contate tra le prenotate)</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>  safety course done</source>
        <translation>  con corso sicurezza svolto</translation>
    </message>
    <message>
        <source>  enrolled in the next course</source>
        <translation>  iscritti al prossimo corso</translation>
    </message>
    <message>
        <source>Tutors</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <source>Week from</source>
        <translation>Settimana dal</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Materia</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullate</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Hours booked and given by week</source>
        <translation>Ore prenotate e svolte per settimana</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Prenotate</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Svolte</translation>
    </message>
    <message>
        <source>Hours booked and given by subject and week</source>
        <translation>Ore prenotate e svolte per materia e settimana</translation>
    </message>
    <message>
        <source>Booked: hours in force (not cancelled), on the calendar and for BES pupils. Given: lessons whose outcome is «given», by the assistant or by a tutor standing in.</source>
        <translation>Prenotate: ore in vigore (non annullate), sul calendario e per ragazzi con BES. Svolte: lezioni con esito «svolta», dall'assistente o da un tutor in sostituzione.</translation>
    </message>
    <message>
        <source>By subject</source>
        <translation>Per materia</translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>Svolto il %1</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Scuola</translation>
    </message>
    <message>
        <source>Lesson hours given</source>
        <translation>Ore di lezione svolte</translation>
    </message>
    <message>
        <source>Safety course hours</source>
        <translation>Ore del corso sicurezza</translation>
    </message>
    <message>
        <source>PCTO hours</source>
        <translation>Ore PCTO</translation>
    </message>
    <message>
        <source>PCTO hours statement</source>
        <translation>Attestazione delle ore PCTO</translation>
    </message>
    <message>
        <source>Hours of study support given by each study assistant within the ConosciAMO project of the Città metropolitana di Milano and the CCV-MI, for the school's PCTO records (Percorsi per le Competenze Trasversali e per l'Orientamento). Lesson hours are those recorded as given by the assistant; hours in which the pupil was absent are shown but not counted; the %1-hour course on health and safety at work counts once it is done.</source>
        <translation>Ore di assistenza allo studio svolte da ciascun assistente studio nel progetto ConosciAMO della Città metropolitana di Milano e del CCV-MI, per la registrazione dei PCTO della scuola (Percorsi per le Competenze Trasversali e per l'Orientamento). Le ore di lezione sono quelle registrate come svolte dall'assistente; le ore in cui il ragazzo era assente sono indicate ma non contate; il corso di %1 ore su igiene e salute nei luoghi di lavoro conta quando è stato svolto.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>PCTO hours of the school's students who are study assistants in ConosciAMO (lessons: %1).</source>
        <translation>Ore PCTO degli studenti dell'istituto che sono assistenti studio in ConosciAMO (lezioni: %1).</translation>
    </message>
    <message>
        <source>Study assistant</source>
        <translation>Assistente studio</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Safety course</source>
        <translation>Corso sicurezza</translation>
    </message>
    <message>
        <source>Pupil absent (not counted)</source>
        <translation>Ragazzo assente (non contate)</translation>
    </message>
    <message>
        <source>Course hours</source>
        <translation>Ore di corso</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n assistants</source>
        <translation>
            <numerusform>Totale: %n assistente</numerusform>
            <numerusform>Totale: %n assistenti</numerusform>
        </translation>
    </message>
    <message>
        <source>For the CCV-MI: the ConosciAMO coordinator</source>
        <translation>Per il CCV-MI: il coordinatore di ConosciAMO</translation>
    </message>
    <message>
        <source>For the school: the PCTO tutor</source>
        <translation>Per la scuola: il tutor PCTO</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Stand-in hours</source>
        <translation>Ore di sostituzione</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Assistant replaced</source>
        <translation>Assistente sostituito</translation>
    </message>
    <message>
        <source>Tutors' stand-in hours</source>
        <translation>Ore di sostituzione dei tutor</translation>
    </message>
    <message>
        <source>Lessons that a tutor (a teacher or retired teacher) gave in place of the study assistant.</source>
        <translation>Lezioni tenute da un tutor (insegnante o insegnante in pensione) al posto dell'assistente studio.</translation>
    </message>
    <message>
        <source>No stand-in lessons.</source>
        <translation>Nessuna lezione in sostituzione.</translation>
    </message>
    <message>
        <source>Course done</source>
        <translation>Corso svolto</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Iscritti</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Non iscritti</translation>
    </message>
    <message>
        <source>Study assistants and the health-and-safety course</source>
        <translation>Assistenti studio e corso su igiene e salute nei luoghi di lavoro</translation>
    </message>
    <message>
        <source>Study assistants may give lessons only after the %1-hour course on health and safety at work.</source>
        <translation>Gli assistenti studio possono fare lezione solo dopo il corso di %1 ore su igiene e salute nei luoghi di lavoro.</translation>
    </message>
    <message>
        <source>Study assistants by course state</source>
        <translation>Assistenti studio per stato del corso</translation>
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
        <source>Enrolled in the next course</source>
        <translation>Iscritti al prossimo corso</translation>
    </message>
    <message>
        <source>Not yet enrolled</source>
        <translation>Non ancora iscritti</translation>
    </message>
    <message>
        <source>%1 (of which %2 BES) from %3</source>
        <translation>%1 (di cui %2 con BES) da %3</translation>
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
        <translation>%1 da %2</translation>
    </message>
</context>
<context>
    <name>tutoring::TutoringSyncTexts</name>
    <message>
        <source>Study support bookings</source>
        <translation>Prenotazioni del supporto allo studio</translation>
    </message>
    <message>
        <source>Lesson outcomes</source>
        <translation>Esiti delle lezioni</translation>
    </message>
    <message>
        <source>Service periods</source>
        <translation>Periodi di servizio</translation>
    </message>
    <message>
        <source>Tutors</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Ragazzi</translation>
    </message>
    <message>
        <source>Study assistants</source>
        <translation>Assistenti studio</translation>
    </message>
    <message>
        <source>Assistants' subjects</source>
        <translation>Materie degli assistenti</translation>
    </message>
    <message>
        <source>Assistants' availability</source>
        <translation>Disponibilità degli assistenti</translation>
    </message>
    <message>
        <source>BES assignments</source>
        <translation>Assegnazioni BES</translation>
    </message>
    <message>
        <source>Stable assistant assigned (BES)</source>
        <translation>Assistente stabile assegnato (BES)</translation>
    </message>
    <message>
        <source>Hours booked for a BES pupil</source>
        <translation>Ore prenotate per un alunno BES</translation>
    </message>
    <message>
        <source>Stable assistance ended (BES)</source>
        <translation>Assistenza stabile conclusa (BES)</translation>
    </message>
    <message>
        <source>Lesson booked</source>
        <translation>Lezione prenotata</translation>
    </message>
    <message>
        <source>Lesson cancelled</source>
        <translation>Lezione annullata</translation>
    </message>
    <message>
        <source>Lesson outcome recorded</source>
        <translation>Esito della lezione registrato</translation>
    </message>
    <message>
        <source>Service period saved</source>
        <translation>Periodo del servizio salvato</translation>
    </message>
    <message>
        <source>Pupil saved</source>
        <translation>Alunno salvato</translation>
    </message>
    <message>
        <source>Study assistant saved</source>
        <translation>Assistente allo studio salvato</translation>
    </message>
    <message>
        <source>Tutor saved</source>
        <translation>Tutor salvato</translation>
    </message>
    <message>
        <source>Pupils imported</source>
        <translation>Alunni importati</translation>
    </message>
    <message>
        <source>Study assistants imported</source>
        <translation>Assistenti allo studio importati</translation>
    </message>
    <message>
        <source>Bookings imported</source>
        <translation>Prenotazioni importate</translation>
    </message>
</context>
<context>
    <name>tutoring::TutoringTab</name>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importa...</translation>
    </message>
    <message>
        <source>Pupils...</source>
        <translation>Ragazzi...</translation>
    </message>
    <message>
        <source>Study assistants...</source>
        <translation>Assistenti studio...</translation>
    </message>
    <message>
        <source>Bookings...</source>
        <translation>Prenotazioni...</translation>
    </message>
    <message>
        <source>Service &amp;period and slots...</source>
        <translation>&amp;Periodo e orari...</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Calendario</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lezioni</translation>
    </message>
    <message>
        <source>P&amp;upils</source>
        <translation>&amp;Ragazzi</translation>
    </message>
    <message>
        <source>&amp;Study assistants</source>
        <translation>&amp;Assistenti studio</translation>
    </message>
    <message>
        <source>&amp;Tutors</source>
        <translation>&amp;Tutor</translation>
    </message>
    <message>
        <source>&amp;BES</source>
        <translation>&amp;BES</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>R&amp;esoconti</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in service (%2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; in servizio (%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2), not in service today</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2), oggi non in servizio</translation>
    </message>
    <message>
        <source>No service period set up yet.</source>
        <translation>Nessun periodo di servizio ancora impostato.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lesson(s) today</source>
        <translation>
            <numerusform>%Ln lezione oggi</numerusform>
            <numerusform>%Ln lezioni oggi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln past lesson(s) without an outcome</source>
        <translation>
            <numerusform>%Ln lezione passata senza esito</numerusform>
            <numerusform>%Ln lezioni passate senza esito</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutoring::TutoringWidgets</name>
    <message>
        <source>%1 (middle school)</source>
        <translation>%1 (scuola media)</translation>
    </message>
</context>
<context>
    <name>tutoring::TutorsPage</name>
    <message>
        <source>Search by family name or code</source>
        <translation>Cerca per cognome o codice</translation>
    </message>
    <message>
        <source>Search tutors</source>
        <translation>Cerca tutor</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Assistants followed</source>
        <translation>Assistenti seguiti</translation>
    </message>
    <message>
        <source>Stand-in hours</source>
        <translation>Ore di sostituzione</translation>
    </message>
    <message>
        <source>Tutors</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <source>&amp;New tutor...</source>
        <translation>&amp;Nuovo tutor...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Modifica...</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>Delete tutor</source>
        <translation>Elimina tutor</translation>
    </message>
    <message>
        <source>Delete %1? This cannot be undone.</source>
        <translation>Eliminare %1? L'operazione non si può annullare.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tutor(s)</source>
        <translation>
            <numerusform>%Ln tutor</numerusform>
            <numerusform>%Ln tutor</numerusform>
        </translation>
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
    <message>
        <source>The last day comes before the first.</source>
        <translation>L'ultimo giorno viene prima del primo.</translation>
    </message>
    <message>
        <source>the event runs from %1 to %2</source>
        <translation>l'evento va dal %1 al %2</translation>
    </message>
    <message>
        <source>the event runs from %1</source>
        <translation>l'evento è aperto dal %1</translation>
    </message>
    <message>
        <source>Undone (Edit menu)</source>
        <translation>Annullato (menu Modifica)</translation>
    </message>
    <message>
        <source>choose the event</source>
        <translation>scegliere l'evento</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person-days</source>
        <translation>
            <numerusform>%Ln giornata/persona</numerusform>
            <numerusform>%Ln giornate/persona</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the first and the last day as dd/mm/yyyy.</source>
        <translation>Scrivere il primo e l'ultimo giorno come gg/mm/aaaa.</translation>
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
        <source>Choose an event to see its type, act and dates.</source>
        <translation>Scegliere un evento per vederne tipo, atto e date.</translation>
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
    <message numerus="yes">
        <source>%Ln person-day(s)</source>
        <translation>
            <numerusform>%Ln giornata/persona</numerusform>
            <numerusform>%Ln giornate/persona</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 (volunteers counted once a day)</source>
        <translation>%1 · %2 (ogni volontario conta una volta al giorno)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) in the ledger</source>
        <translation>
            <numerusform>%Ln riga nel registro</numerusform>
            <numerusform>%Ln righe nel registro</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · limits %2 and %3 a year · authorised by: %4 · %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · limiti %2 e %3 all'anno · autorizzato con: %4 · %5</translation>
    </message>
    <message numerus="yes">
        <source>%n consecutive day(s)</source>
        <translation>
            <numerusform>%n giorno consecutivo</numerusform>
            <numerusform>%n giorni consecutivi</numerusform>
        </translation>
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
        <translation>Emette tutti gli attestati di un mese, di un'organizzazione o di un evento, con i loro file PDF</translation>
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
        <source>The employer's two years to ask for reimbursement are over</source>
        <translation>Sono passati i due anni entro cui il datore di lavoro può chiedere il rimborso</translation>
    </message>
    <message>
        <source>The employer's deadline to ask for reimbursement is close</source>
        <translation>Si avvicina la scadenza entro cui il datore di lavoro può chiedere il rimborso</translation>
    </message>
    <message>
        <source>Some days are beyond the art. 39 limits (marked on the attestato)</source>
        <translation>Alcune giornate sono oltre i limiti dell'art. 39 (segnalate sull'attestato)</translation>
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
    <message>
        <source>Reprint</source>
        <translation>Ristampa</translation>
    </message>
    <message>
        <source>CSV for the regional system</source>
        <translation>CSV per il sistema regionale</translation>
    </message>
    <message numerus="yes">
        <source>%Ln attestati in the register match</source>
        <translation>
            <numerusform>%Ln attestato del registro corrisponde</numerusform>
            <numerusform>%Ln attestati del registro corrispondono</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style="color:#a15c00"&gt;%Ln of them have no employer on record.&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style="color:#a15c00"&gt;%Ln di loro non ha un datore di lavoro registrato.&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style="color:#a15c00"&gt;%Ln di loro non hanno un datore di lavoro registrato.&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 to issue&lt;/b&gt; for %2 (%3).</source>
        <translation>&lt;b&gt;%1 da emettere&lt;/b&gt; per %2 (%3).</translation>
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
            <numerusform>%Ln volontario</numerusform>
            <numerusform>%Ln volontari</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person-day(s) not yet certified</source>
        <translation>
            <numerusform>%Ln giornata/persona non ancora certificata</numerusform>
            <numerusform>%Ln giornate/persona non ancora certificate</numerusform>
        </translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>Void: another workstation had already certified these days with an earlier attestato</source>
        <translation>Annullato: un'altra postazione aveva già certificato queste giornate con un attestato precedente</translation>
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
        <translation>Emetti anche per i volontari oltre i limiti dell'art. 39 (le giornate eccedenti sono segnalate sull'attestato)</translation>
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
        <translation>Annullamento dopo l'attestato in corso...</translation>
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
    <message numerus="yes">
        <source>%Ln volunteers are over the art. 39 limits: their attestati stay pending unless you tick the box below.</source>
        <translation>
            <numerusform>%Ln volontario è oltre i limiti dell'art. 39: il suo attestato resta in sospeso se non si spunta la casella qui sotto.</numerusform>
            <numerusform>%Ln volontari sono oltre i limiti dell'art. 39: i loro attestati restano in sospeso se non si spunta la casella qui sotto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln volunteers have no employer on record: their attestati stay pending.</source>
        <translation>
            <numerusform>%Ln volontario non ha un datore di lavoro registrato: il suo attestato resta in sospeso.</numerusform>
            <numerusform>%Ln volontari non hanno un datore di lavoro registrato: i loro attestati restano in sospeso.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reimbursement window closed on %1: %2, %3 – %4 (%Ln days)</source>
        <translation>
            <numerusform>Termine per il rimborso scaduto il %1: %2, %3 – %4 (%Ln giornata)</numerusform>
            <numerusform>Termine per il rimborso scaduto il %1: %2, %3 – %4 (%Ln giornate)</numerusform>
        </translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 to issue&lt;/b&gt; for %2, %3 between %4 and %5.</source>
        <translation>&lt;b&gt;%1 da emettere&lt;/b&gt; per %2, %3 tra il %4 e il %5.</translation>
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
            <numerusform>%Ln volontario</numerusform>
            <numerusform>%Ln volontari</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person-day(s)</source>
        <translation>
            <numerusform>%Ln giornata/persona</numerusform>
            <numerusform>%Ln giornate/persona</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attestato(s) (%1) come after the art. 39 reimbursement window closed: the employer can no longer claim those days, and each attestato will say so.</source>
        <translation>
            <numerusform>%Ln attestato (%1) arriva dopo la scadenza del termine di rimborso dell'art. 39: il datore di lavoro non può più chiedere il rimborso di quelle giornate, e l'attestato lo dirà.</numerusform>
            <numerusform>%Ln attestati (%1) arrivano dopo la scadenza del termine di rimborso dell'art. 39: il datore di lavoro non può più chiedere il rimborso di quelle giornate, e ogni attestato lo dirà.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %Ln attestato(s) were issued and are in the register; the others are still to issue.</source>
        <translation>
            <numerusform>Annullata: %Ln attestato è stato emesso ed è nel registro; gli altri restano da emettere.</numerusform>
            <numerusform>Annullata: %Ln attestati sono stati emessi e sono nel registro; gli altri restano da emettere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %Ln attestato(s) issued.</source>
        <translation>
            <numerusform>Fatto: %Ln attestato emesso.</numerusform>
            <numerusform>Fatto: %Ln attestati emessi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>volunteers::EnrolParticipant</name>
    <message>
        <source>enrolment</source>
        <translation>iscrizione</translation>
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
    <message>
        <source>%1 (limits: %2, %3 a year)</source>
        <translation>%1 (limiti: %2, %3 all'anno)</translation>
    </message>
    <message numerus="yes">
        <source>%n consecutive day(s)</source>
        <translation>
            <numerusform>%n giorno consecutivo</numerusform>
            <numerusform>%n giorni consecutivi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>volunteers::ExercisesPage</name>
    <message>
        <source>hydro-meteorological</source>
        <translation>idrometeorologico</translation>
    </message>
    <message>
        <source>earthquake</source>
        <translation>sisma</translation>
    </message>
    <message>
        <source>forest fire</source>
        <translation>incendio boschivo</translation>
    </message>
    <message>
        <source>missing person search</source>
        <translation>ricerca persone scomparse</translation>
    </message>
    <message>
        <source>health</source>
        <translation>sanitario</translation>
    </message>
    <message>
        <source>major event</source>
        <translation>grande evento</translation>
    </message>
    <message>
        <source>other</source>
        <translation>altro</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Anno:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organizzazione:</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Tutte le organizzazioni</translation>
    </message>
    <message>
        <source>New &amp;exercise...</source>
        <translation>Nuova &amp;esercitazione...</translation>
    </message>
    <message>
        <source>&amp;Renewal activity report...</source>
        <translation>Relazione per il &amp;rinnovo...</translation>
    </message>
    <message>
        <source>What the organisation did in the year (activations, exercises, courses) and the vehicles and equipment it holds, for its yearly renewal</source>
        <translation>Che cosa ha fatto l'organizzazione nell'anno (attivazioni, esercitazioni, corsi) e i mezzi e le attrezzature in carico, per il rinnovo annuale</translation>
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
        <source>Exercise</source>
        <translation>Esercitazione</translation>
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
        <translation>Partecipanti</translation>
    </message>
    <message>
        <source>Person-days</source>
        <translation>Giornate/persona</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s), %1</source>
        <translation>
            <numerusform>%n esercitazione, %1</numerusform>
            <numerusform>%n esercitazioni, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person-day(s)</source>
        <translation>
            <numerusform>%n giornata/persona</numerusform>
            <numerusform>%n giornate/persona</numerusform>
        </translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(non indicato)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Scenario:</translation>
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
        <translation>Co&amp;mune:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Luogo:</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>&amp;Partecipanti:</translation>
    </message>
    <message>
        <source>P&amp;erson-days:</source>
        <translation>&amp;Giornate/persona:</translation>
    </message>
    <message>
        <source>New exercise</source>
        <translation>Nuova esercitazione</translation>
    </message>
    <message>
        <source>Renewal activity report</source>
        <translation>Relazione per il rinnovo</translation>
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
        <source>The file is correct. %1 Press Import to write it.</source>
        <translation>Il file è corretto. %1 Premere Importa per registrarlo.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Importato.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problems: nothing can be imported until they are corrected in the file.</source>
        <translation>
            <numerusform>%Ln problema: non si può importare nulla finché non è corretto nel file.</numerusform>
            <numerusform>%Ln problemi: non si può importare nulla finché non sono corretti nel file.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>&amp;Organizzazioni</translation>
    </message>
    <message>
        <source>Columns (first row): &lt;b&gt;nome, comune&lt;/b&gt; (of the seat); optional: tipo (associazione, gruppo comunale), numero_registro, codice_fiscale, indirizzo, rappresentante, ruolo_rappresentante, telefono, email, pec, note. An organisation already on record (same name or registry number) is updated, not added again.</source>
        <translation>Colonne (prima riga): &lt;b&gt;nome, comune&lt;/b&gt; (della sede); facoltative: tipo (associazione, gruppo comunale), numero_registro, codice_fiscale, indirizzo, rappresentante, ruolo_rappresentante, telefono, email, pec, note. Un'organizzazione già registrata (stesso nome o numero di registro) viene aggiornata, non aggiunta di nuovo.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln riga</numerusform>
            <numerusform>%Ln righe</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 to add, %3 to update.</source>
        <translation>%1: %2 da aggiungere, %3 da aggiornare.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln volunteer(s)</source>
        <translation>
            <numerusform>%Ln volontario</numerusform>
            <numerusform>%Ln volontari</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisation(s)</source>
        <translation>
            <numerusform>%Ln organizzazione</numerusform>
            <numerusform>%Ln organizzazioni</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 to add.</source>
        <translation>%1: %2 da aggiungere.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person-day(s)</source>
        <translation>
            <numerusform>%Ln giornata/persona</numerusform>
            <numerusform>%Ln giornate/persona</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3.</source>
        <translation>%1: %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln volunteer(s) added</source>
        <translation>
            <numerusform>%Ln volontario aggiunto</numerusform>
            <numerusform>%Ln volontari aggiunti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln aggiornato</numerusform>
            <numerusform>%Ln aggiornati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisation(s) added</source>
        <translation>
            <numerusform>%Ln organizzazione aggiunta</numerusform>
            <numerusform>%Ln organizzazioni aggiunte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisation(s) updated</source>
        <translation>
            <numerusform>%Ln organizzazione aggiornata</numerusform>
            <numerusform>%Ln organizzazioni aggiornate</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person-day(s) added</source>
        <translation>
            <numerusform>%Ln giornata/persona aggiunta</numerusform>
            <numerusform>%Ln giornate/persona aggiunte</numerusform>
        </translation>
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
        <translation>Ho verificato le giornate oltre i limiti: emetti l'attestato con quelle giornate segnalate</translation>
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
    <message>
        <source>Over the art. 39 limits on %1.</source>
        <translation>Oltre i limiti dell'art. 39 il %1.</translation>
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
        <source>%Ln days will be certified.</source>
        <translation>
            <numerusform>Sarà certificata %Ln giornata.</numerusform>
            <numerusform>Saranno certificate %Ln giornate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Attestato %1 issued&lt;/b&gt; for %Ln days; the employer can ask for reimbursement until %2.</source>
        <translation>
            <numerusform>&lt;b&gt;Attestato %1 emesso&lt;/b&gt; per %Ln giornata; il datore di lavoro può chiedere il rimborso fino al %2.</numerusform>
            <numerusform>&lt;b&gt;Attestato %1 emesso&lt;/b&gt; per %Ln giornate; il datore di lavoro può chiedere il rimborso fino al %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The art. 39 reimbursement window for these days closed on %1: the employer can no longer claim them, and the attestato will say so.</source>
        <translation>Il termine dell'art. 39 per chiedere il rimborso di queste giornate è scaduto il %1: il datore di lavoro non può più chiederlo, e l'attestato lo dirà.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Attestato %1 issued&lt;/b&gt; for %Ln days. &lt;b style="color:#b71c1c"&gt;The employer's reimbursement window closed on %2&lt;/b&gt;: the attestato says so.</source>
        <translation>
            <numerusform>&lt;b&gt;Attestato %1 emesso&lt;/b&gt; per %Ln giornata. &lt;b style="color:#b71c1c"&gt;Il termine per il rimborso al datore di lavoro è scaduto il %2&lt;/b&gt;: l'attestato lo dice.</numerusform>
            <numerusform>&lt;b&gt;Attestato %1 emesso&lt;/b&gt; per %Ln giornate. &lt;b style="color:#b71c1c"&gt;Il termine per il rimborso al datore di lavoro è scaduto il %2&lt;/b&gt;: l'attestato lo dice.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>volunteers::IssueTrainingCertificate</name>
    <message>
        <source>certificate %1</source>
        <translation>attestato %1</translation>
    </message>
</context>
<context>
    <name>volunteers::LimitsPage</name>
    <message>
        <source>Art. 39 D.Lgs 1/2018: a volunteer may be away from work at most &lt;b&gt;30 consecutive days and 90 a year&lt;/b&gt; for ordinary activity; &lt;b&gt;60 and 180&lt;/b&gt; in a declared national emergency; &lt;b&gt;180 consecutive days and 180 a year&lt;/b&gt; for the COVID-19 emergency (DL 34/2020 art. 35-bis); &lt;b&gt;10 and 30&lt;/b&gt; for training, exercises and planning, which count on their own. Days beyond a limit are flagged here and before any attestato is issued.</source>
        <translation>Art. 39 D.Lgs 1/2018: un volontario può assentarsi dal lavoro al massimo &lt;b&gt;30 giorni consecutivi e 90 all'anno&lt;/b&gt; per l'attività ordinaria; &lt;b&gt;60 e 180&lt;/b&gt; in un'emergenza di rilievo nazionale dichiarata; &lt;b&gt;180 giorni consecutivi e 180 all'anno&lt;/b&gt; per l'emergenza COVID-19 (DL 34/2020 art. 35-bis); &lt;b&gt;10 e 30&lt;/b&gt; per formazione, esercitazioni e pianificazione, che si contano a parte. Le giornate oltre un limite sono segnalate qui e prima dell'emissione di qualsiasi attestato.</translation>
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
    <message>
        <source>day %1 in a row</source>
        <translation>%1° giorno consecutivo</translation>
    </message>
    <message>
        <source>day %1 of the year</source>
        <translation>%1° giorno dell'anno</translation>
    </message>
    <message numerus="yes">
        <source>%Ln volunteers over a limit</source>
        <translation>
            <numerusform>%Ln volontario oltre un limite</numerusform>
            <numerusform>%Ln volontari oltre un limite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with days not yet certified: look at them before issuing attestati</source>
        <translation>
            <numerusform>%Ln con giornate non ancora certificate: verificarlo prima di emettere attestati</numerusform>
            <numerusform>%Ln con giornate non ancora certificate: verificarli prima di emettere attestati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consecutive day(s)</source>
        <translation>
            <numerusform>%n giorno consecutivo</numerusform>
            <numerusform>%n giorni consecutivi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) a year</source>
        <translation>
            <numerusform>%n giorno all'anno</numerusform>
            <numerusform>%n giorni all'anno</numerusform>
        </translation>
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
        <translation>numero di iscrizione all'albo regionale</translation>
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
        <translation>Operatività rinnovata quest'anno</translation>
    </message>
    <message>
        <source>Operational status not renewed this year</source>
        <translation>Operatività non rinnovata quest'anno</translation>
    </message>
    <message>
        <source>Renewal of this year still open</source>
        <translation>Rinnovo di quest'anno ancora in corso</translation>
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
        <translation>Rinnovo dell'operatività</translation>
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
        <translation>Relazione sull'attività consegnata</translation>
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
    <message>
        <source>Choose an organisation in the list</source>
        <translation>Scegliere un'organizzazione nell'elenco</translation>
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
    <message numerus="yes">
        <source>%Ln organisations</source>
        <translation>
            <numerusform>%Ln organizzazione</numerusform>
            <numerusform>%Ln organizzazioni</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import CSV...</source>
        <translation>&amp;Importa CSV...</translation>
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
        <source>%1 (the 30 largest)</source>
        <translation>%1 (i 30 maggiori)</translation>
    </message>
    <message>
        <source>&amp;Excel...</source>
        <translation>&amp;Excel...</translation>
    </message>
    <message numerus="yes">
        <source>Total: %Ln person-day(s)</source>
        <translation>
            <numerusform>Totale: %Ln giornata/persona</numerusform>
            <numerusform>Totale: %Ln giornate/persona</numerusform>
        </translation>
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
    <name>volunteers::RecordTestResult</name>
    <message>
        <source>test result</source>
        <translation>esito del test</translation>
    </message>
</context>
<context>
    <name>volunteers::RenewalActivityReport</name>
    <message>
        <source>national emergency</source>
        <translation>emergenza nazionale</translation>
    </message>
    <message>
        <source>COVID-19 emergency</source>
        <translation>emergenza COVID-19</translation>
    </message>
    <message>
        <source>training and exercises</source>
        <translation>formazione ed esercitazioni</translation>
    </message>
    <message>
        <source>ordinary</source>
        <translation>ordinaria</translation>
    </message>
    <message>
        <source>hydro-meteorological</source>
        <translation>idrometeorologico</translation>
    </message>
    <message>
        <source>earthquake</source>
        <translation>sisma</translation>
    </message>
    <message>
        <source>forest fire</source>
        <translation>incendio boschivo</translation>
    </message>
    <message>
        <source>missing person search</source>
        <translation>ricerca persone scomparse</translation>
    </message>
    <message>
        <source>health</source>
        <translation>sanitario</translation>
    </message>
    <message>
        <source>major event</source>
        <translation>grande evento</translation>
    </message>
    <message>
        <source>other</source>
        <translation>altro</translation>
    </message>
    <message>
        <source>Activity report for the yearly renewal</source>
        <translation>Relazione sull'attività per il rinnovo annuale</translation>
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
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message>
        <source>Registry number</source>
        <translation>N. iscrizione albo</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sezione</translation>
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
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Dettaglio</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Volontari</translation>
    </message>
    <message>
        <source>Person-days</source>
        <translation>Giornate/persona</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Attivazione</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Esercitazione</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Corso</translation>
    </message>
    <message>
        <source>edition %1: %2 certified</source>
        <translation>edizione %1: %2 con attestato</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>In %1: %2 (%3), %4 (%5), %6 attended by %7.</source>
        <translation>Nel %1: %2 (%3), %4 (%5), %6 frequentate da %7.</translation>
    </message>
    <message numerus="yes">
        <source>%n activation event(s)</source>
        <translation>
            <numerusform>%n evento di attivazione</numerusform>
            <numerusform>%n eventi di attivazione</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person-day(s)</source>
        <translation>
            <numerusform>%n giornata/persona</numerusform>
            <numerusform>%n giornate/persona</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n esercitazione</numerusform>
            <numerusform>%n esercitazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n course edition(s)</source>
        <translation>
            <numerusform>%n edizione di corso</numerusform>
            <numerusform>%n edizioni di corsi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n volunteer(s)</source>
        <translation>
            <numerusform>%n volontario</numerusform>
            <numerusform>%n volontari</numerusform>
        </translation>
    </message>
    <message>
        <source>Held on %1: %2 and %3.</source>
        <translation>In carico al %1: %2 e %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n vehicle(s) owned</source>
        <translation>
            <numerusform>%n mezzo di proprietà</numerusform>
            <numerusform>%n mezzi di proprietà</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of equipment on loan</source>
        <translation>
            <numerusform>%n attrezzatura in prestito</numerusform>
            <numerusform>%n attrezzature in prestito</numerusform>
        </translation>
    </message>
    <message>
        <source>all</source>
        <translation>tutte</translation>
    </message>
    <message>
        <source>Activation person-days</source>
        <translation>Giornate/persona di attivazione</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Esercitazioni</translation>
    </message>
    <message>
        <source>Exercise person-days</source>
        <translation>Giornate/persona di esercitazione</translation>
    </message>
    <message>
        <source>Volunteers on courses</source>
        <translation>Volontari ai corsi</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Mezzi</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Attrezzature</translation>
    </message>
    <message>
        <source>Each organisation's figures for %1; vehicles and equipment held on %2. The detail of one organisation: --organisation ID.</source>
        <translation>I dati di ogni organizzazione per il %1; mezzi e attrezzature in carico al %2. Il dettaglio di un'organizzazione: --organisation ID.</translation>
    </message>
</context>
<context>
    <name>volunteers::RosterDialog</name>
    <message>
        <source>Roster: many volunteers on the same day</source>
        <translation>Appello: molti volontari nello stesso giorno</translation>
    </message>
    <message>
        <source>(the organisation's comune)</source>
        <translation>(il comune dell'organizzazione)</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>Filtra l'elenco</translation>
    </message>
    <message>
        <source>Volunteers of the organisation</source>
        <translation>Volontari dell'organizzazione</translation>
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
        <translation>&amp;Registra l'appello</translation>
    </message>
    <message>
        <source>Undone (Edit menu)</source>
        <translation>Annullato (menu Modifica)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln volunteers ticked</source>
        <translation>
            <numerusform>%Ln volontario spuntato</numerusform>
            <numerusform>%Ln volontari spuntati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in the organisation</source>
        <translation>
            <numerusform>%Ln nell'organizzazione</numerusform>
            <numerusform>%Ln nell'organizzazione</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>volunteers::SaveCourse</name>
    <message>
        <source>course %1</source>
        <translation>corso %1</translation>
    </message>
    <message>
        <source>change of course %1</source>
        <translation>modifica del corso %1</translation>
    </message>
</context>
<context>
    <name>volunteers::SaveEdition</name>
    <message>
        <source>edition %1</source>
        <translation>edizione %1</translation>
    </message>
    <message>
        <source>change of edition %1</source>
        <translation>modifica dell'edizione %1</translation>
    </message>
</context>
<context>
    <name>volunteers::SaveExercise</name>
    <message>
        <source>exercise %1</source>
        <translation>esercitazione %1</translation>
    </message>
</context>
<context>
    <name>volunteers::SaveSession</name>
    <message>
        <source>session of %1</source>
        <translation>sessione del %1</translation>
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
    <name>volunteers::SetSessionAttendance</name>
    <message>
        <source>attendance</source>
        <translation>presenze</translation>
    </message>
</context>
<context>
    <name>volunteers::TrainingAuditNames</name>
    <message>
        <source>%2, edition %1</source>
        <translation>%2, edizione %1</translation>
    </message>
    <message>
        <source>session of %2, edition %1</source>
        <translation>sessione del %2, edizione %1</translation>
    </message>
    <message>
        <source>%1, edition %2</source>
        <translation>%1, edizione %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 del %2</translation>
    </message>
</context>
<context>
    <name>volunteers::TrainingPage</name>
    <message>
        <source>in person</source>
        <translation>in presenza</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>a distanza</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>mista</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Anno:</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message>
        <source>New &amp;course...</source>
        <translation>Nuovo &amp;corso...</translation>
    </message>
    <message>
        <source>New &amp;edition...</source>
        <translation>Nuova &amp;edizione...</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Edizione</translation>
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
        <source>Hours</source>
        <translation>Ore</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Iscritti</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>Attestati</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Corso</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessioni</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Argomento</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Docente</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presenti</translation>
    </message>
    <message>
        <source>Add &amp;session...</source>
        <translation>Aggiungi &amp;sessione...</translation>
    </message>
    <message>
        <source>&amp;Attendance...</source>
        <translation>&amp;Presenze...</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Partecipante</translation>
    </message>
    <message>
        <source>Organisation or school</source>
        <translation>Organizzazione o scuola</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Frequenza</translation>
    </message>
    <message>
        <source>Final test</source>
        <translation>Test finale</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Attestato</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualifica</translation>
    </message>
    <message>
        <source>Enrol &amp;volunteer...</source>
        <translation>Iscrivi &amp;volontario...</translation>
    </message>
    <message>
        <source>Enrol &amp;other...</source>
        <translation>Iscrivi &amp;esterno...</translation>
    </message>
    <message>
        <source>Final &amp;test...</source>
        <translation>Esito del &amp;test...</translation>
    </message>
    <message>
        <source>Ce&amp;rtificate...</source>
        <translation>Atte&amp;stato...</translation>
    </message>
    <message>
        <source>Issues the certificate of a participant who attended enough and passed the test, grants the course's qualification, and saves it as PDF</source>
        <translation>Rilascia l'attestato a un partecipante con la frequenza minima e il test superato, assegna la qualifica del corso e lo salva in PDF</translation>
    </message>
    <message>
        <source>No edition in %1: choose another year or add an edition.</source>
        <translation>Nessuna edizione nel %1: scegliere un altro anno o aggiungere un'edizione.</translation>
    </message>
    <message>
        <source>%1, edition %2 (%3, %4)</source>
        <translation>%1, edizione %2 (%3, %4)</translation>
    </message>
    <message>
        <source>minimum attendance %1% of the hours</source>
        <translation>frequenza minima %1% delle ore</translation>
    </message>
    <message>
        <source>final test passed from %1 out of %2</source>
        <translation>test finale superato da %1 su %2</translation>
    </message>
    <message numerus="yes">
        <source>grants «%1» for %n month(s)</source>
        <translation>
            <numerusform>dà la qualifica «%1» per %n mese</numerusform>
            <numerusform>dà la qualifica «%1» per %n mesi</numerusform>
        </translation>
    </message>
    <message>
        <source>grants «%1»</source>
        <translation>dà la qualifica «%1»</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>superato</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>non superato</translation>
    </message>
    <message>
        <source>to record</source>
        <translation>da registrare</translation>
    </message>
    <message>
        <source>not admitted</source>
        <translation>non ammesso</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 del %2</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Volontari</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Studenti</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personale</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>non scade</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Codice:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Per:</translation>
    </message>
    <message>
        <source>Minimum &amp;attendance:</source>
        <translation>&amp;Frequenza minima:</translation>
    </message>
    <message>
        <source>&amp;Pass score:</source>
        <translation>Punteggio &amp;minimo:</translation>
    </message>
    <message>
        <source>&amp;Highest score:</source>
        <translation>Punteggio m&amp;assimo:</translation>
    </message>
    <message>
        <source>&amp;Qualification granted:</source>
        <translation>&amp;Qualifica rilasciata:</translation>
    </message>
    <message>
        <source>&amp;Valid for (months):</source>
        <translation>&amp;Validità (mesi):</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>Nuovo corso</translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>&amp;Corso:</translation>
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
        <source>&amp;Mode:</source>
        <translation>&amp;Modalità:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Luogo:</translation>
    </message>
    <message>
        <source>New edition</source>
        <translation>Nuova edizione</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Giorno:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Inizio:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Durata:</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>A&amp;rgomento:</translation>
    </message>
    <message>
        <source>T&amp;rainer:</source>
        <translation>D&amp;ocente:</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nuova sessione</translation>
    </message>
    <message>
        <source>Present on %1 (%2):</source>
        <translation>Presenti il %1 (%2):</translation>
    </message>
    <message>
        <source>All present</source>
        <translation>Tutti presenti</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presenze</translation>
    </message>
    <message>
        <source>Enrol a volunteer</source>
        <translation>Iscrivi un volontario</translation>
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
        <source>S&amp;chool or body:</source>
        <translation>S&amp;cuola o ente:</translation>
    </message>
    <message>
        <source>Enrol a participant</source>
        <translation>Iscrivi un partecipante</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>senza punteggio</translation>
    </message>
    <message>
        <source>not taken</source>
        <translation>non sostenuto</translation>
    </message>
    <message>
        <source>&amp;Score (out of %1):</source>
        <translation>&amp;Punteggio (su %1):</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Esito:</translation>
    </message>
    <message>
        <source>Edit co&amp;urse...</source>
        <translation>Modifica co&amp;rso…</translation>
    </message>
    <message>
        <source>Changes the course of the selected edition</source>
        <translation>Modifica il corso dell'edizione selezionata</translation>
    </message>
    <message>
        <source>Edit e&amp;dition...</source>
        <translation>Modifica e&amp;dizione…</translation>
    </message>
    <message>
        <source>Changes the selected edition: its dates must still include its sessions</source>
        <translation>Modifica l'edizione selezionata: le sue date devono comprendere ancora le sessioni</translation>
    </message>
    <message>
        <source>Print certificate...</source>
        <translation>Stampa l'attestato…</translation>
    </message>
    <message>
        <source>Save certificate as PDF...</source>
        <translation>Salva l'attestato in PDF…</translation>
    </message>
    <message>
        <source>Edit course %1</source>
        <translation>Modifica del corso %1</translation>
    </message>
    <message>
        <source>In use: %1, %2, %3.</source>
        <translation>In uso: %1, %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation><numerusform>%n partecipante</numerusform><numerusform>%n partecipanti</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n test result(s)</source>
        <translation><numerusform>%n esito del test</numerusform><numerusform>%n esiti del test</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation><numerusform>%n attestato</numerusform><numerusform>%n attestati</numerusform></translation>
    </message>
    <message>
        <source>Edit edition %1</source>
        <translation>Modifica dell'edizione %1</translation>
    </message>
    <message>
        <source>The sessions recorded go from %1 to %2: the dates must include them.</source>
        <translation>Le sessioni registrate vanno dal %1 al %2: le date devono comprenderle.</translation>
    </message>
</context>
<context>
    <name>volunteers::VolunteerAuditNames</name>
    <message>
        <source>%1, day of %2</source>
        <translation>%1, giornata del %2</translation>
    </message>
    <message>
        <source>attestato %1 (%2), day of %3</source>
        <translation>attestato %1 (%2), giornata del %3</translation>
    </message>
    <message>
        <source>attestato %1 (%2)</source>
        <translation>attestato %1 (%2)</translation>
    </message>
    <message>
        <source>batch of attestati %1 – %2</source>
        <translation>emissione di attestati %1 – %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, renewal %2</source>
        <translation>%1, rinnovo %2</translation>
    </message>
</context>
<context>
    <name>volunteers::VolunteerDetailsPanel</name>
    <message>
        <source>Art. 39 limits</source>
        <translation>Limiti dell'art. 39</translation>
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
        <translation>Scegliere un volontario nell'elenco</translation>
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
        <translation>Non occupato: non serve l'attestato per un datore di lavoro</translation>
    </message>
    <message>
        <source>Self-employed: %1 (%2)</source>
        <translation>Lavoratore autonomo: %1 (%2)</translation>
    </message>
    <message>
        <source>Self-employed, &lt;span style="color:#a15c00"&gt;business not on record&lt;/span&gt;</source>
        <translation>Lavoratore autonomo, &lt;span style="color:#a15c00"&gt;attività non registrata&lt;/span&gt;</translation>
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
        <source>&lt;span style="color:#a15c00"&gt;No employer on record: attestati cannot be issued&lt;/span&gt;</source>
        <translation>&lt;span style="color:#a15c00"&gt;Nessun datore di lavoro registrato: non si possono emettere attestati&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b style="color:#2e7d32"&gt;Within the limits.&lt;/b&gt;</source>
        <translation>&lt;b style="color:#2e7d32"&gt;Nei limiti.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Longest run of consecutive days: %1 (training: %2).</source>
        <translation>Periodo più lungo di giorni consecutivi: %1 (formazione: %2).</translation>
    </message>
    <message>
        <source>Beyond an art. 39 limit</source>
        <translation>Oltre un limite dell'art. 39</translation>
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
        <translation>Questa giornata è certificata dall'attestato %1, che il datore di lavoro potrebbe già avere. Stornarla comunque?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Remove «%1» from this volunteer?</source>
        <translation>Rimuovere «%1» da questo volontario?</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style="color:#b71c1c"&gt;Over the limits on %Ln days&lt;/b&gt;, from %1: %2.</source>
        <translation>
            <numerusform>&lt;b style="color:#b71c1c"&gt;Oltre i limiti in %Ln giornata&lt;/b&gt;, dal %1: %2.</numerusform>
            <numerusform>&lt;b style="color:#b71c1c"&gt;Oltre i limiti in %Ln giornate&lt;/b&gt;, dal %1: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the art. 39 limits…</source>
        <translation>Verifica dei limiti dell'art. 39 in corso…</translation>
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
        <translation>L'attestato di ogni attivazione è indirizzato al datore di lavoro (per i lavoratori autonomi, alla propria attività), che può chiedere il rimborso entro due anni.</translation>
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
    <message>
        <source>choose the organisation</source>
        <translation>scegliere l'organizzazione</translation>
    </message>
    <message numerus="yes">
        <source>%Ln characters of 16</source>
        <translation>
            <numerusform>%Ln carattere di 16</numerusform>
            <numerusform>%Ln caratteri di 16</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>volunteers::VolunteerErrors</name>
    <message>
        <source>The codice fiscale is missing.</source>
        <translation>Manca il codice fiscale.</translation>
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
        <translation>Il codice fiscale «%1» non è valido: l'ultimo carattere dovrebbe essere %2. Controllare se c'è un errore di battitura.</translation>
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
        <translation>L'organizzazione non esiste (più).</translation>
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
        <translation>L'organizzazione deve avere un nome.</translation>
    </message>
    <message>
        <source>An organisation called «%1» already exists.</source>
        <translation>Esiste già un'organizzazione chiamata «%1».</translation>
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
        <translation>L'evento deve avere un nome.</translation>
    </message>
    <message>
        <source>Write the act that authorised the activation (e.g. the decree or the request).</source>
        <translation>Scrivere l'atto che ha autorizzato l'attivazione (es. il decreto o la richiesta).</translation>
    </message>
    <message>
        <source>The event ends before it starts.</source>
        <translation>L'evento finisce prima di iniziare.</translation>
    </message>
    <message>
        <source>An event called «%1» already exists.</source>
        <translation>Esiste già un evento chiamato «%1».</translation>
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
        <translation>Il periodo %1 – %2 non è valido: l'ultimo giorno viene prima del primo.</translation>
    </message>
    <message>
        <source>The event does not exist (any more).</source>
        <translation>L'evento non esiste (più).</translation>
    </message>
    <message>
        <source>%1 is outside the event «%2», which starts on %3.</source>
        <translation>Il %1 è fuori dall'evento «%2», che inizia il %3.</translation>
    </message>
    <message>
        <source>%1 is outside the event «%2», which runs from %3 to %4.</source>
        <translation>Il %1 è fuori dall'evento «%2», che va dal %3 al %4.</translation>
    </message>
    <message>
        <source>The service does not exist (any more).</source>
        <translation>Il servizio non esiste (più).</translation>
    </message>
    <message>
        <source>The service «%1» is no longer in use.</source>
        <translation>Il servizio «%1» non è più in uso.</translation>
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
        <translation>Questa giornata è certificata dall'attestato %1, già emesso.</translation>
    </message>
    <message>
        <source>%1 has no employer on record: add it to the volunteer before issuing the attestato.</source>
        <translation>%1 non ha un datore di lavoro registrato: aggiungerlo al volontario prima di emettere l'attestato.</translation>
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
        <translation>%1 è oltre i limiti dell'art. 39 il %2: verificare quelle giornate prima di emettere.</translation>
    </message>
    <message>
        <source>The attestato is not in the register.</source>
        <translation>L'attestato non è nel registro.</translation>
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
        <translation>non esiste l'organizzazione «%1» (scriverne il nome o il numero di iscrizione).</translation>
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
        <translation>non esiste l'evento «%1».</translation>
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
        <source>The demo data does not reproduce the published figures (%1).</source>
        <translation>I dati dimostrativi non riproducono i dati pubblicati (%1).</translation>
    </message>
    <message>
        <source>«%1» has been changed since: its earlier values are not put back.</source>
        <translation>«%1» è stato modificato nel frattempo: i valori precedenti non vengono ripristinati.</translation>
    </message>
    <message>
        <source>Choose the volunteer's organisation: it is required.</source>
        <translation>Scegliere l'organizzazione del volontario: è obbligatoria.</translation>
    </message>
    <message>
        <source>Choose the event of the activation: it is required.</source>
        <translation>Scegliere l'evento dell'attivazione: è obbligatorio.</translation>
    </message>
    <message numerus="yes">
        <source> (and %Ln more days in conflict)</source>
        <translation>
            <numerusform> (e %Ln altra giornata in conflitto)</numerusform>
            <numerusform> (e altre %Ln giornate in conflitto)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file has %Ln problems: nothing was imported.</source>
        <translation>
            <numerusform>Il file ha %Ln problema: non è stato importato nulla.</numerusform>
            <numerusform>Il file ha %Ln problemi: non è stato importato nulla.</numerusform>
        </translation>
    </message>
    <message>
        <source>«%1» is not something the Volontari module imports (volunteers, activations, organisations).</source>
        <translation>«%1» non è un'importazione del modulo Volontari (volunteers, activations, organisations).</translation>
    </message>
    <message>
        <source>the organisation «%1» was already on line %2 of the file.</source>
        <translation>l'organizzazione «%1» era già alla riga %2 del file.</translation>
    </message>
    <message>
        <source>«%1» is not a kind of organisation: write associazione or gruppo comunale.</source>
        <translation>«%1» non è un tipo di organizzazione: scrivere associazione oppure gruppo comunale.</translation>
    </message>
    <message>
        <source>Unknown import «%1»: volunteers, activations or organisations.</source>
        <translation>Importazione «%1» sconosciuta: volunteers, activations o organisations.</translation>
    </message>
    <message numerus="yes">
        <source>The codice fiscale «%1» has %n character(s) instead of 16.</source>
        <translation>
            <numerusform>Il codice fiscale «%1» ha %n carattere invece di 16.</numerusform>
            <numerusform>Il codice fiscale «%1» ha %n caratteri invece di 16.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With these dates %n recorded day(s) (the first on %1) would fall outside the event: reverse them first.</source>
        <translation>
            <numerusform>Con queste date %n giornata registrata (il %1) cadrebbe fuori dall'evento: stornarla prima.</numerusform>
            <numerusform>Con queste date %n giornate registrate (la prima il %1) cadrebbero fuori dall'evento: stornarle prima.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A period can be at most %n day(s) long.</source>
        <translation>
            <numerusform>Un periodo può durare al massimo %n giorno.</numerusform>
            <numerusform>Un periodo può durare al massimo %n giorni.</numerusform>
        </translation>
    </message>
    <message>
        <source>The attestato %1 is void: another workstation had already certified the same days with an earlier attestato. It is not printed again.</source>
        <translation>L'attestato %1 è annullato: un'altra postazione aveva già certificato le stesse giornate con un attestato precedente. Non viene più stampato.</translation>
    </message>
    <message>
        <source>The course has no code.</source>
        <translation>Il corso non ha un codice.</translation>
    </message>
    <message>
        <source>The course has no title.</source>
        <translation>Il corso non ha un titolo.</translation>
    </message>
    <message>
        <source>Another course already has the code «%1».</source>
        <translation>Un altro corso ha già il codice «%1».</translation>
    </message>
    <message>
        <source>The minimum attendance must be between 0 and 100 per cent, not %1.</source>
        <translation>La frequenza minima deve essere tra 0 e 100 per cento, non %1.</translation>
    </message>
    <message>
        <source>The pass score (%1) must be between 0 and the highest score (%2), which must be above 0.</source>
        <translation>Il punteggio minimo (%1) deve essere tra 0 e il punteggio massimo (%2), che deve essere maggiore di 0.</translation>
    </message>
    <message>
        <source>The validity must be between 1 and 600 months, not %1.</source>
        <translation>La validità deve essere tra 1 e 600 mesi, non %1.</translation>
    </message>
    <message>
        <source>A validity was given but the course grants no qualification: name the qualification.</source>
        <translation>È indicata una validità ma il corso non rilascia qualifiche: indicare la qualifica.</translation>
    </message>
    <message>
        <source>The course does not exist (any more).</source>
        <translation>Il corso non esiste (più).</translation>
    </message>
    <message>
        <source>The edition has no code.</source>
        <translation>L'edizione non ha un codice.</translation>
    </message>
    <message>
        <source>Another edition already has the code «%1».</source>
        <translation>Un'altra edizione ha già il codice «%1».</translation>
    </message>
    <message>
        <source>The edition ends (%2) before it starts (%1).</source>
        <translation>L'edizione finisce (%2) prima di iniziare (%1).</translation>
    </message>
    <message>
        <source>With these dates some sessions of the edition (%1) would fall outside it: move them first.</source>
        <translation>Con queste date alcune sessioni dell'edizione (%1) resterebbero fuori: spostarle prima.</translation>
    </message>
    <message>
        <source>The edition does not exist (any more).</source>
        <translation>L'edizione non esiste (più).</translation>
    </message>
    <message>
        <source>The session of %1 falls outside the edition (%2 - %3).</source>
        <translation>La sessione del %1 è fuori dall'edizione (%2 - %3).</translation>
    </message>
    <message>
        <source>A session lasts from 15 to 720 minutes (given: %1).</source>
        <translation>Una sessione dura da 15 a 720 minuti (indicati: %1).</translation>
    </message>
    <message>
        <source>The start time «%1» is not a time (hh:mm).</source>
        <translation>L'ora di inizio «%1» non è un orario (hh:mm).</translation>
    </message>
    <message>
        <source>The session does not exist (any more).</source>
        <translation>La sessione non esiste (più).</translation>
    </message>
    <message>
        <source>Give the surname and the name of the participant, or choose a volunteer.</source>
        <translation>Indicare cognome e nome del partecipante, oppure scegliere un volontario.</translation>
    </message>
    <message>
        <source>%1 is already enrolled in this edition.</source>
        <translation>%1 è già iscritto a questa edizione.</translation>
    </message>
    <message>
        <source>The participant does not exist (any more).</source>
        <translation>Il partecipante non esiste (più).</translation>
    </message>
    <message>
        <source>A participant marked present is not enrolled in this edition.</source>
        <translation>Un partecipante segnato presente non è iscritto a questa edizione.</translation>
    </message>
    <message>
        <source>This course has no final test.</source>
        <translation>Questo corso non ha un test finale.</translation>
    </message>
    <message>
        <source>The score %1 is out of range: from 0 to %2.</source>
        <translation>Il punteggio %1 è fuori scala: da 0 a %2.</translation>
    </message>
    <message>
        <source>The score %1 and the result disagree: the test is passed from %2 up.</source>
        <translation>Il punteggio %1 e l'esito non concordano: il test è superato da %2 in su.</translation>
    </message>
    <message>
        <source>The certificate %1 has already been issued: the test result can no longer change.</source>
        <translation>L'attestato %1 è già stato rilasciato: l'esito del test non può più cambiare.</translation>
    </message>
    <message>
        <source>The edition has no sessions: there is no attendance to certify.</source>
        <translation>L'edizione non ha sessioni: non c'è frequenza da attestare.</translation>
    </message>
    <message>
        <source>No certificate: the participant attended %1% of the hours, the course requires %2%.</source>
        <translation>Attestato non rilasciabile: il partecipante ha frequentato il %1% delle ore, il corso richiede il %2%.</translation>
    </message>
    <message>
        <source>Not admitted to the final test: the participant attended %1% of the hours, the course requires %2%.</source>
        <translation>Non ammesso al test finale: il partecipante ha frequentato il %1% delle ore, il corso richiede il %2%.</translation>
    </message>
    <message>
        <source>No certificate: the final test has not been recorded yet.</source>
        <translation>Attestato non rilasciabile: l'esito del test finale non è ancora registrato.</translation>
    </message>
    <message>
        <source>No certificate: the participant did not pass the final test.</source>
        <translation>Attestato non rilasciabile: il partecipante non ha superato il test finale.</translation>
    </message>
    <message>
        <source>The certificate cannot be dated before the end of the edition (%1).</source>
        <translation>L'attestato non può avere una data precedente alla fine dell'edizione (%1).</translation>
    </message>
    <message>
        <source>The certificate cannot be dated in the future (%1).</source>
        <translation>L'attestato non può avere una data futura (%1).</translation>
    </message>
    <message>
        <source>The certificate of this participant has not been issued yet.</source>
        <translation>L'attestato di questo partecipante non è ancora stato rilasciato.</translation>
    </message>
    <message>
        <source>Choose the organisation.</source>
        <translation>Scegliere l'organizzazione.</translation>
    </message>
    <message>
        <source>There is no organisation with id «%1».</source>
        <translation>Non c'è un'organizzazione con id «%1».</translation>
    </message>
    <message>
        <source>«%1» is not a year (2000-2100).</source>
        <translation>«%1» non è un anno (2000-2100).</translation>
    </message>
    <message>
        <source>The exercise has no title.</source>
        <translation>L'esercitazione non ha un titolo.</translation>
    </message>
    <message>
        <source>The exercise ends (%2) before it starts (%1).</source>
        <translation>L'esercitazione finisce (%2) prima di iniziare (%1).</translation>
    </message>
    <message>
        <source>An exercise is recorded once held: %1 is in the future.</source>
        <translation>Un'esercitazione si registra dopo che si è svolta: il %1 è nel futuro.</translation>
    </message>
    <message>
        <source>The participants must be from 1 to 10,000, not %1.</source>
        <translation>I partecipanti devono essere da 1 a 10.000, non %1.</translation>
    </message>
    <message>
        <source>The person-days (%1) do not fit the participants (%2) and the days of the exercise (%3): at least one per participant, at most one per participant per day.</source>
        <translation>Le giornate/persona (%1) non sono compatibili con i partecipanti (%2) e i giorni dell'esercitazione (%3): almeno una per partecipante, al più una per partecipante al giorno.</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) of this course issued: its minimum attendance, final test, scores and qualification can no longer change.</source>
        <translation><numerusform>È già stato rilasciato %n attestato di questo corso: la frequenza minima, il test finale, i punteggi e la qualifica non possono più cambiare.</numerusform><numerusform>Sono già stati rilasciati %n attestati di questo corso: la frequenza minima, il test finale, i punteggi e la qualifica non possono più cambiare.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n final test result(s) of this course recorded: the final test and its pass score can no longer change.</source>
        <translation><numerusform>È già registrato %n esito del test finale di questo corso: il test finale e il suo punteggio minimo non possono più cambiare.</numerusform><numerusform>Sono già registrati %n esiti del test finale di questo corso: il test finale e il suo punteggio minimo non possono più cambiare.</numerusform></translation>
    </message>
    <message>
        <source>A score of %1 is already recorded: the highest score cannot be %2.</source>
        <translation>È già registrato un punteggio di %1: il punteggio massimo non può essere %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) enrolled in this edition: it can no longer move to another course.</source>
        <translation><numerusform>In questa edizione è iscritto %n partecipante: non può più passare a un altro corso.</numerusform><numerusform>In questa edizione sono iscritti %n partecipanti: non può più passare a un altro corso.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) of this edition issued: its code and dates, printed on them, can no longer change.</source>
        <translation><numerusform>È già stato rilasciato %n attestato di questa edizione: il codice e le date, stampati sull'attestato, non possono più cambiare.</numerusform><numerusform>Sono già stati rilasciati %n attestati di questa edizione: il codice e le date, stampati sugli attestati, non possono più cambiare.</numerusform></translation>
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
        <translation>%1° giorno dell'anno (limite %2, %3)</translation>
    </message>
    <message>
        <source>Volunteer person-days</source>
        <translation>Giornate/persona dei volontari</translation>
    </message>
    <message>
        <source>Volunteers over the art. 39 limits</source>
        <translation>Volontari oltre i limiti dell'art. 39</translation>
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
        <translation>Organizzazioni di volontariato e rinnovo dell'operatività</translation>
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
        <translation>Limiti dell'art. 39 D.Lgs 1/2018 per volontario: attività ordinaria 30 giorni consecutivi e 90 all'anno; emergenza nazionale dichiarata 60 e 180; emergenza COVID-19 180 giorni consecutivi (DL 34/2020 art. 35-bis) e 180 all'anno; formazione, esercitazioni e pianificazione 10 e 30. Queste giornate vanno verificate prima di emettere qualsiasi attestato.</translation>
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
        <source>month</source>
        <translation>mese</translation>
    </message>
    <message>
        <source>service</source>
        <translation>servizio</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organizzazione</translation>
    </message>
    <message>
        <source>comune</source>
        <translation>comune</translation>
    </message>
    <message>
        <source>A person-day (giornata/persona) is one volunteer active on one day: a volunteer counts once a day, whatever the services. Counted from the activation records: %1 by %2.</source>
        <translation>Una giornata/persona è un volontario attivo in un giorno: un volontario conta una volta al giorno, qualunque siano i servizi. Conteggio dal registro delle attivazioni: %1 di %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person-day(s)</source>
        <translation>
            <numerusform>%Ln giornata/persona</numerusform>
            <numerusform>%Ln giornate/persona</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln volunteer(s)</source>
        <translation>
            <numerusform>%Ln volontario</numerusform>
            <numerusform>%Ln volontari</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n renewed</source>
        <translation>
            <numerusform>%n rinnovata</numerusform>
            <numerusform>%n rinnovate</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>volunteers::VolunteersModule</name>
    <message>
        <source>Person-days this month</source>
        <translation>Giornate/persona di questo mese</translation>
    </message>
    <message>
        <source>Volunteers over an art. 39 limit</source>
        <translation>Volontari oltre un limite dell'art. 39</translation>
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
    <message numerus="yes">
        <source>%Ln volunteers without employer on record</source>
        <translation>
            <numerusform>%Ln volontario senza datore di lavoro registrato</numerusform>
            <numerusform>%Ln volontari senza datore di lavoro registrato</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 last month · %2</source>
        <translation>%1 il mese scorso · %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln active volunteer(s)</source>
        <translation>
            <numerusform>%Ln volontario attivo</numerusform>
            <numerusform>%Ln volontari attivi</numerusform>
        </translation>
    </message>
    <message>
        <source>Courses (editions)</source>
        <translation>Corsi (edizioni)</translation>
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
        <source>Enter this volunteer's days of activation, one day or a period</source>
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
        <source>%Ln volunteers</source>
        <translation>
            <numerusform>%Ln volontario</numerusform>
            <numerusform>%Ln volontari</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>volunteers::VolunteersSyncTexts</name>
    <message>
        <source>Activations</source>
        <translation>Attivazioni</translation>
    </message>
    <message>
        <source>Attestati</source>
        <translation>Attestati</translation>
    </message>
    <message>
        <source>Days of the attestati</source>
        <translation>Giornate degli attestati</translation>
    </message>
    <message>
        <source>Batches of attestati</source>
        <translation>Lotti di attestati</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizzazioni</translation>
    </message>
    <message>
        <source>Yearly renewals</source>
        <translation>Rinnovi annuali</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Datori di lavoro</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Volontari</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>Qualifiche</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventi</translation>
    </message>
    <message>
        <source>Activation days recorded</source>
        <translation>Giornate di attivazione registrate</translation>
    </message>
    <message>
        <source>Activation day voided</source>
        <translation>Giornata di attivazione annullata</translation>
    </message>
    <message>
        <source>Attestati issued in a batch</source>
        <translation>Attestati emessi in blocco</translation>
    </message>
    <message>
        <source>Batch of attestati ended</source>
        <translation>Emissione in blocco conclusa</translation>
    </message>
    <message>
        <source>Attestato issued</source>
        <translation>Attestato emesso</translation>
    </message>
    <message>
        <source>Event saved</source>
        <translation>Evento salvato</translation>
    </message>
    <message>
        <source>Volunteers imported</source>
        <translation>Volontari importati</translation>
    </message>
    <message>
        <source>Organisation saved</source>
        <translation>Organizzazione salvata</translation>
    </message>
    <message>
        <source>Qualification removed</source>
        <translation>Qualifica rimossa</translation>
    </message>
    <message>
        <source>Qualification saved</source>
        <translation>Qualifica salvata</translation>
    </message>
    <message>
        <source>Yearly renewal saved</source>
        <translation>Rinnovo annuale salvato</translation>
    </message>
    <message>
        <source>Service saved</source>
        <translation>Servizio salvato</translation>
    </message>
    <message>
        <source>Volunteer saved</source>
        <translation>Volontario salvato</translation>
    </message>
    <message>
        <source>codice fiscale</source>
        <translation>codice fiscale</translation>
    </message>
    <message>
        <source>registry number</source>
        <translation>numero di iscrizione</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Corsi</translation>
    </message>
    <message>
        <source>Course editions</source>
        <translation>Edizioni dei corsi</translation>
    </message>
    <message>
        <source>Course sessions</source>
        <translation>Sessioni dei corsi</translation>
    </message>
    <message>
        <source>Course participants</source>
        <translation>Partecipanti ai corsi</translation>
    </message>
    <message>
        <source>Course attendance</source>
        <translation>Presenze ai corsi</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Esercitazioni</translation>
    </message>
    <message>
        <source>Course saved</source>
        <translation>Corso salvato</translation>
    </message>
    <message>
        <source>Course edition saved</source>
        <translation>Edizione del corso salvata</translation>
    </message>
    <message>
        <source>Course session saved</source>
        <translation>Sessione del corso salvata</translation>
    </message>
    <message>
        <source>Participant enrolled</source>
        <translation>Partecipante iscritto</translation>
    </message>
    <message>
        <source>Attendance recorded</source>
        <translation>Presenze registrate</translation>
    </message>
    <message>
        <source>Final test recorded</source>
        <translation>Test finale registrato</translation>
    </message>
    <message>
        <source>Course certificate issued</source>
        <translation>Attestato del corso rilasciato</translation>
    </message>
    <message>
        <source>Exercise saved</source>
        <translation>Esercitazione salvata</translation>
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
    <message>
        <source>T&amp;raining</source>
        <translation>&amp;Formazione</translation>
    </message>
    <message>
        <source>E&amp;xercises</source>
        <translation>E&amp;sercitazioni</translation>
    </message>
</context>
</TS>
