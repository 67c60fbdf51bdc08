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
        <source>Restore from a backup</source>
        <translation>Ripristina da una copia di sicurezza</translation>
    </message>
    <message>
        <source>The database was restored from %1. The file it replaced was kept as %2.</source>
        <translation>Il database è stato ripristinato da %1. Il file sostituito è stato conservato come %2.</translation>
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
    <message numerus="yes">
        <source>Exported %n change(s) in %1 file(s) to %2.</source>
        <translation>
            <numerusform>Esportata %n modifica in %1 file in %2.</numerusform>
            <numerusform>Esportate %n modifiche in %1 file in %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Say where to import from: --from DIR (or set a sync folder in the settings).</source>
        <translation>Indicare da dove importare: --from CARTELLA (oppure impostare una cartella di sincronizzazione).</translation>
    </message>
    <message>
        <source>Applied %1 (workstation %2): %3 written, %4 already here, %5 older than here, %6 waiting, %7 conflict(s)</source>
        <translation>Applicato %1 (postazione %2): %3 scritte, %4 già presenti, %5 meno recenti di quelle qui, %6 in attesa, %7 conflitti</translation>
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
        <source>Imported %1 file(s) from %2: %3 change(s) written, %4 conflict(s) logged; %5 file(s) already applied, %6 refused, %7 waiting; %8 change(s) waiting for rows not yet received.</source>
        <translation>Importati %1 file da %2: %3 modifiche scritte, %4 conflitti registrati; %5 file già applicati, %6 rifiutati, %7 in attesa; %8 modifiche in attesa di dati non ancora arrivati.</translation>
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
        <source>From workstation %1 %2: %3 file(s), %4 change(s), up to %5, last %6</source>
        <translation>Dalla postazione %1 %2: %3 file, %4 modifiche, fino alla %5, ultima ricezione %6</translation>
    </message>
    <message>
        <source>Changes waiting for rows not yet received: %1</source>
        <translation>Modifiche in attesa di dati non ancora arrivati: %1</translation>
    </message>
    <message>
        <source>Conflicts to review: %1</source>
        <translation>Conflitti da esaminare: %1</translation>
    </message>
    <message>
        <source>kept: workstation %1 (%2, %3); discarded: workstation %4 (%5, %6)</source>
        <translation>conservata: postazione %1 (%2, %3); scartata: postazione %4 (%5, %6)</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) listed.</source>
        <translation>
            <numerusform>%n conflitto elencato.</numerusform>
            <numerusform>%n conflitti elencati.</numerusform>
        </translation>
    </message>
    <message>
        <source>sync wants export, import, status or conflicts.</source>
        <translation>sync vuole export, import, status o conflicts.</translation>
    </message>
    <message>
        <source>Written %1</source>
        <translation>Scritto %1</translation>
    </message>
    <message>
        <source>Open data of %1 comuni: %2 distribution(s), %3 kg of food.</source>
        <translation>Dati aperti di %1 comuni: %2 distribuzioni, %3 kg di alimenti.</translation>
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
        <source>Folder to export to (default: the sync folder of the settings).</source>
        <translation>Cartella in cui esportare (predefinita: la cartella di sincronizzazione delle impostazioni).</translation>
    </message>
    <message>
        <source>Folder to import from (default: the sync folder of the settings).</source>
        <translation>Cartella da cui importare (predefinita: la cartella di sincronizzazione delle impostazioni).</translation>
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
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflitto</numerusform>
            <numerusform>%n conflitti</numerusform>
        </translation>
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
    <name>DatabaseRecovery</name>
    <message>
        <source>Damaged database</source>
        <translation>Database danneggiato</translation>
    </message>
    <message>
        <source>The database %1 is damaged.</source>
        <translation>Il database %1 è danneggiato.</translation>
    </message>
    <message>
        <source>The newest intact automatic backup is of %1. Restore it? The damaged file is kept aside (%2.damaged-...), and the changes this workstation had already sent to the others come back with the next synchronisation.</source>
        <translation>La copia automatica integra più recente è del %1. Ripristinarla? Il file danneggiato viene conservato a parte (%2.damaged-...) e le modifiche che questa postazione aveva già inviato alle altre ritornano con la prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>&amp;Restore the backup</source>
        <translation>&amp;Ripristina la copia</translation>
    </message>
    <message>
        <source>There is no intact automatic backup in %1. The file was left untouched: call for technical help, or open another database.</source>
        <translation>In %1 non c'è una copia automatica integra. Il file non è stato toccato: chiedere assistenza tecnica, oppure aprire un altro database.</translation>
    </message>
    <message>
        <source>&amp;Continue with the damaged file</source>
        <translation>&amp;Continua con il file danneggiato</translation>
    </message>
    <message>
        <source>Database restored</source>
        <translation>Database ripristinato</translation>
    </message>
    <message>
        <source>The database was restored from the backup of %1. The damaged file was kept as %2.</source>
        <translation>Il database è stato ripristinato dalla copia del %1. Il file danneggiato è stato conservato come %2.</translation>
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
    <message numerus="yes">
        <source>%n change(s) not shared</source>
        <translation>
            <numerusform>%n modifica non condivisa</numerusform>
            <numerusform>%n modifiche non condivise</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n modifica da inviare</numerusform>
            <numerusform>%n modifiche da inviare</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync folder: %1</source>
        <translation>Cartella di sincronizzazione: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused</source>
        <translation>
            <numerusform>%n file rifiutato</numerusform>
            <numerusform>%n file rifiutati</numerusform>
        </translation>
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
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflitto</numerusform>
            <numerusform>%n conflitti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on hold</source>
        <translation>
            <numerusform>%n in sospeso</numerusform>
            <numerusform>%n in sospeso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review: Synchronisation, Conflicts to review.</source>
        <translation>
            <numerusform>%n conflitto da esaminare: Sincronizzazione, Conflitti da esaminare.</numerusform>
            <numerusform>%n conflitti da esaminare: Sincronizzazione, Conflitti da esaminare.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received change(s) on hold, waiting for data not yet arrived.</source>
        <translation>
            <numerusform>%n modifica ricevuta in sospeso, in attesa di dati non ancora arrivati.</numerusform>
            <numerusform>%n modifiche ricevute in sospeso, in attesa di dati non ancora arrivati.</numerusform>
        </translation>
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
        <source>disk full or read-only?</source>
        <translation>disco pieno o in sola lettura?</translation>
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
</context>
</TS>
