// No personal data in the technical log (core/domain/technicallog.h), as
// tst_listeningservice searches the bytes of the database for the callers'
// data: the real program runs what a day brings on a copy of the demo
// database (a mistyped password and user name, volunteer imports refused
// and accepted, the room, a synchronisation, a backup, reports with names,
// an attestati batch, the listening queue read by the psychologist), with
// recognisable names, phones, codici fiscali, addresses and notes; then
// every byte of the log's files is searched for them and for every
// volunteer, organisation contact and caller the program showed. The log
// must still say what happened (who, which area), or the test proves
// nothing. Also: the command line's stdout is the same with --log-level,
// whose lines go to stderr.

#include "support/demodatabase.h"
#include "support/testdatabase.h"

#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/domain/csv.h"
#include "volunteers/domain/codicefiscale.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using testsupport::ProcessResult;
using testsupport::runSignedIn;
using testsupport::SignIn;

class TestTechnicalLogPrivacy : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void aDayOfWorkLeavesNoPersonalDataInTheLog();
    void logLevelLeavesStdoutAsItWas();

private:
    QTemporaryDir m_dir;
    QString m_db;
    QHash<QString, QString> m_env;

    QString logFolder() const { return m_dir.filePath(QStringLiteral("data/CCV-MI/cisiamo/log")); }
    QByteArray logBytes() const
    {
        QByteArray bytes;
        QDirIterator it(logFolder(), QDir::Files);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly))
                bytes += f.readAll();
        }
        return bytes;
    }
    ProcessResult run(const QStringList &arguments, const SignIn &who = {})
    {
        return runSignedIn(QStringList { QStringLiteral("--db"), m_db } + arguments, m_env, who);
    }
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return path;
    }
};

void TestTechnicalLogPrivacy::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = copyOfDemoDatabase(m_dir);
    QVERIFY(!m_db.isEmpty());
    // The log goes to <XDG_DATA_HOME>/CCV-MI/cisiamo/log: this test's own.
    m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
}

void TestTechnicalLogPrivacy::aDayOfWorkLeavesNoPersonalDataInTheLog()
{
    QList<QByteArray> secrets;
    const auto keep = [&secrets](const QString &value) {
        if (value.trimmed().size() >= 6) // long enough to mean one person
            secrets.append(value.trimmed().toUtf8());
    };

    // 1. A mistyped password, and a password typed as a user name. Not the
    // coordinator's: a wrong password makes that name wait before its next
    // try, and the coordinator works below.
    const QString password = QStringLiteral("Zebedeo-Segreto-77");
    QCOMPARE(run({ QStringLiteral("backup") }, { QStringLiteral("operatore"), password }).exitCode, 1);
    const QString typedName = QStringLiteral("Ottavio.Quarantotto");
    QCOMPARE(run({ QStringLiteral("backup") }, { typedName, QStringLiteral("demo1234") }).exitCode, 1);
    keep(password);
    keep(typedName);

    // 2. Volunteers imported: refused (wrong check character), checked, then
    // imported, then the same file again.
    const QString first15 = QStringLiteral("ZPPRNG80A01F205");
    const QString taxCode = first15 + volunteers::CodiceFiscale::checkCharacter(first15);
    QChar wrong = taxCode.back() == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    const QByteArray header = "cognome;nome;codice_fiscale;organizzazione;comune_residenza;indirizzo;telefono;email\n";
    const QByteArray person = ";MI-PC-0101;Milano;Via Quarantasette Xenofonte 12;347 881 9035;ermenegildo.zappacosta@example.org\n";
    const QString bad = writeFile(QStringLiteral("elenco-a.csv"),
        header + "Zappacosta;Ermenegildo;" + (first15 + wrong).toUtf8() + person);
    const QString good = writeFile(QStringLiteral("elenco-b.csv"), header + "Zappacosta;Ermenegildo;" + taxCode.toUtf8() + person);
    QVERIFY(!bad.isEmpty() && !good.isEmpty());
    QCOMPARE(run({ QStringLiteral("import"), QStringLiteral("volunteers"), bad }).exitCode, 1);
    const ProcessResult checked = run({ QStringLiteral("import"), QStringLiteral("volunteers"), good, QStringLiteral("--dry-run") });
    QVERIFY2(checked.exitCode == 0, checked.err.constData());
    const ProcessResult imported = run({ QStringLiteral("import"), QStringLiteral("volunteers"), good });
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    QCOMPARE(run({ QStringLiteral("import"), QStringLiteral("volunteers"), good }).exitCode, 1); // already imported
    for (const QString &s : { QStringLiteral("Zappacosta"), QStringLiteral("Ermenegildo"), taxCode, first15 + wrong,
             QStringLiteral("Quarantasette Xenofonte"), QStringLiteral("347 881 9035"), QStringLiteral("3478819035"),
             QStringLiteral("ermenegildo.zappacosta") })
        keep(s);

    // 3. The room, a synchronisation through a folder, a backup.
    const QString folder = m_dir.filePath(QStringLiteral("sync"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(run({ QStringLiteral("room"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Sala CCV-MI") }).exitCode == 0);
    const ProcessResult exported = run({ QStringLiteral("sync"), QStringLiteral("export"), QStringLiteral("--to"), folder });
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QCOMPARE(run({ QStringLiteral("sync"), QStringLiteral("import"), QStringLiteral("--from"), folder }).exitCode, 0);
    const ProcessResult backup = run({ QStringLiteral("backup") });
    QVERIFY2(backup.exitCode == 0, backup.err.constData());

    // 4. Reports with names, on paper and on stdout; the listening queue
    // read by the psychologist (the callers' names in clear on her screen).
    const QString pdf = m_dir.filePath(QStringLiteral("pendenti.pdf"));
    const ProcessResult paper = run({ QStringLiteral("report"), QStringLiteral("attestati-pending"), QStringLiteral("--from"),
        QStringLiteral("2021-03-01"), QStringLiteral("--to"), QStringLiteral("2021-03-16"), QStringLiteral("--format"),
        QStringLiteral("pdf"), QStringLiteral("--out"), pdf });
    QVERIFY2(paper.exitCode == 0, paper.err.constData());
    const ProcessResult queue = run({ QStringLiteral("report"), QStringLiteral("listening-queue") },
        { QStringLiteral("psicologa"), QStringLiteral("demo1234") });
    QVERIFY2(queue.exitCode == 0, queue.err.constData());
    const QString queueCsv = writeFile(QStringLiteral("queue.csv"), queue.out);
    auto table = core::readCsvFile(queueCsv);
    QVERIFY(table.ok());
    const qsizetype nameColumn = table->header.indexOf(QStringLiteral("caller_name"));
    const qsizetype phoneColumn = table->header.indexOf(QStringLiteral("caller_phone"));
    QVERIFY(nameColumn >= 0 && phoneColumn >= 0);
    int callers = 0;
    for (const core::CsvRecord &record : table->records) {
        const QStringList &row = record.fields;
        if (row.value(nameColumn).isEmpty())
            continue;
        keep(row.value(nameColumn));
        keep(row.value(phoneColumn));
        ++callers;
    }
    QVERIFY(callers > 10);

    // 5. An attestati batch: one PDF per volunteer, named after them.
    const ProcessResult attestati = run({ QStringLiteral("attestati"), QStringLiteral("--from"), QStringLiteral("2021-03-01"),
        QStringLiteral("--to"), QStringLiteral("2021-03-16"), QStringLiteral("--limit"), QStringLiteral("3"),
        QStringLiteral("--out"), m_dir.filePath(QStringLiteral("attestati")) });
    QVERIFY2(attestati.exitCode == 0, attestati.err.constData());

    // Every volunteer and organisation contact of the database.
    {
        core::OpenOptions options;
        options.create = false;
        options.readOnly = true;
        options.migrate = false;
        auto connection = core::openDatabase(m_db, options);
        QVERIFY(connection.ok());
        auto q = core::runQuery(connection->db(),
            QStringLiteral("SELECT first_name || ' ' || last_name, last_name || ' ' || first_name, tax_code, phone, address, email "
                           "FROM volunteer"));
        QVERIFY(q.ok());
        int volunteers = 0;
        while (q->next()) {
            for (int c = 0; c < 6; ++c)
                keep(q->value(c).toString());
            ++volunteers;
        }
        QVERIFY(volunteers > 1000);
        auto contacts = core::runQuery(connection->db(), QStringLiteral("SELECT * FROM organisation"));
        QVERIFY(contacts.ok());
        while (contacts->next())
            for (const char *field : { "representative", "phone", "email" })
                if (contacts->record().indexOf(QLatin1String(field)) >= 0)
                    keep(contacts->value(QLatin1String(field)).toString());
    }

    // The log says what happened, by whom, in which area...
    const QByteArray log = logBytes();
    for (const QByteArray &expected : { QByteArray("warning cisiamo.auth"), QByteArray("sign-in refused"),
             QByteArray("user=coordinatrice"), QByteArray("user=psicologa"), QByteArray("ws=1"),
             QByteArray("cisiamo.import"), QByteArray("import volunteers"), QByteArray("cisiamo.sync"),
             QByteArray("cisiamo.backup"), QByteArray("cisiamo.reports"), QByteArray("attestati-pending"),
             QByteArray("volunteers.import not done: volunteers.import_problems"), QByteArray("import.already_imported") })
        QVERIFY2(log.contains(expected), qPrintable(QStringLiteral("the log lacks «%1»:\n%2")
                                                         .arg(QString::fromUtf8(expected), QString::fromUtf8(log))));
    // ...and nobody's name, phone, codice fiscale, address, e-mail or password.
    QVERIFY(secrets.size() > 3000);
    for (const QByteArray &secret : std::as_const(secrets))
        QVERIFY2(!log.contains(secret), qPrintable(QStringLiteral("the log holds «%1»").arg(QString::fromUtf8(secret))));
}

void TestTechnicalLogPrivacy::logLevelLeavesStdoutAsItWas()
{
    const QStringList report = { QStringLiteral("report"), QStringLiteral("comuni") };
    const ProcessResult plain = run(report);
    QVERIFY2(plain.exitCode == 0, plain.err.constData());
    QVERIFY(!plain.err.contains("cisiamo.")); // the command line's stderr is the person's
    const ProcessResult verbose = run(QStringList { QStringLiteral("--log-level"), QStringLiteral("debug") } + report);
    QCOMPARE(verbose.exitCode, 0);
    QCOMPARE(verbose.out, plain.out);
    QVERIFY2(verbose.err.contains("info cisiamo.app"), verbose.err.constData());
    // After the command too, as every global option.
    const ProcessResult after = run(report + QStringList { QStringLiteral("--log-level"), QStringLiteral("info") });
    QCOMPARE(after.out, plain.out);
    QVERIFY2(after.err.contains("info cisiamo.auth"), after.err.constData());
    const ProcessResult wrong = run(QStringList { QStringLiteral("--log-level"), QStringLiteral("chatty") } + report);
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY(wrong.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestTechnicalLogPrivacy)
#include "tst_technicallogprivacy.moc"
