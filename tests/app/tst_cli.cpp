#include "support/demodatabase.h"
#include "support/testdatabase.h"
#include "xlsxreader.h"

#include "core/db/sql.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using testsupport::runCisiamo;
using testsupport::runSignedIn;

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void demoThenCheck();
    void demoRefusesToOverwrite();
    void demoHasTheProgramsSchemaAndJournal();
    void reportComuniCsv();
    void reportFormats();
    void reportExcel();
    void exitCodes_data();
    void exitCodes();
    void badDatabaseIsReportedAndUntouched();
    void messagesInTheChosenLanguage();
    void globalOptionsBeforeOrAfterTheCommand_data();
    void globalOptionsBeforeOrAfterTheCommand();
    void reportTheSameWhereverTheOptionsAre();
    void globalOptionGivenTwiceIsRefused_data();
    void globalOptionGivenTwiceIsRefused();
    void systemLocaleChoosesTheLanguage_data();
    void systemLocaleChoosesTheLanguage();
    void savedLanguageBeatsTheSystem();
    void backup();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

// The `demo` command's result: a copy of the suite's demo database, which
// the CTest fixture "demo" builds with this same program and command
// (tests/CMakeLists.txt), instead of a second demo of its own (minutes
// under the sanitizers).
void TestCli::initTestCase()
{
    m_db = copyOfDemoDatabase(m_dir);
    QVERIFY(!m_db.isEmpty());
}

void TestCli::demoThenCheck()
{
    const auto r = runCisiamo({ "--db", m_db, "check" });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("ok"));
}

void TestCli::demoRefusesToOverwrite()
{
    QFile f(m_db);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray before = QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    f.close();
    const auto r = runCisiamo({ "--db", m_db, "demo" });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("--force"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256), before);
    QCOMPARE(runCisiamo({ "--db", m_db, "demo", "--if-missing" }).exitCode, 0);
}

// The demo is built with fast settings and the change log's indexes built at
// the end (app/demobuilder.cpp): the finished file is in WAL mode and has
// exactly the indexes and triggers of a database the program creates.
void TestCli::demoHasTheProgramsSchemaAndJournal()
{
    const QString schemaSql = QStringLiteral(
        "SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_master ORDER BY type, name");
    auto schemaOf = [&](const QSqlDatabase &db) {
        QStringList out;
        auto q = core::runQuery(db, schemaSql);
        while (q && q->next())
            out.append(q->value(0).toString());
        return out;
    };
    testsupport::TestDatabase fresh;
    QVERIFY2(fresh.isValid(), qPrintable(fresh.errorText()));
    const QStringList expected = schemaOf(fresh.db());
    QVERIFY(expected.join(QLatin1Char('\n')).contains(QLatin1String("index change_log_table_row")));
    {
        core::OpenOptions options;
        options.readOnly = true;
        auto demo = core::openDatabase(m_db, options);
        QVERIFY2(demo.ok(), qPrintable(demo.error().code));
        QCOMPARE(schemaOf(demo->db()), expected);
        auto mode = core::queryValue(demo->db(), QStringLiteral("PRAGMA journal_mode"));
        QVERIFY(mode.ok());
        QCOMPARE(mode->toString(), QStringLiteral("wal"));
    }
}

void TestCli::reportComuniCsv()
{
    const auto r = runSignedIn({ "--db", m_db, "report", "comuni", "--format", "csv" });
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 134);
    QCOMPARE(lines.first().trimmed(), QByteArray("istat_code,name,lat,lon,population"));
    bool milano = false;
    for (const QByteArray &line : lines)
        milano = milano || line.startsWith("015146,Milano,45.");
    QVERIFY(milano);
}

void TestCli::reportFormats()
{
    const QString pdf = m_dir.filePath("comuni.pdf");
    QCOMPARE(runSignedIn({ "--db", m_db, "report", "comuni", "--format", "pdf", "--out", pdf }).exitCode, 0);
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(5) == "%PDF-");
    const auto html = runSignedIn({ "--db", m_db, "report", "comuni-contacts", "--format", "html" });
    QCOMPARE(html.exitCode, 0);
    QVERIFY(html.out.contains("<table"));
}

// --format xlsx: the comuni as a spreadsheet reads them, ISTAT codes as
// text with their zeros, coordinates and residents as numbers.
void TestCli::reportExcel()
{
    const QString path = m_dir.filePath("comuni.xlsx");
    const auto r = runSignedIn({ "--db", m_db, "report", "comuni", "--format", "xlsx", "--out", path });
    QCOMPARE(r.exitCode, 0);
    const testsupport::XlsxReader xlsx = testsupport::XlsxReader::fromFile(path);
    QVERIFY2(xlsx.isValid(), qPrintable(xlsx.error()));
    const auto cells = xlsx.cells(0);
    QCOMPARE(cells.value("A1").text, QString("Codice ISTAT"));
    QVERIFY(xlsx.firstRowFrozen(0));
    int milano = 0;
    for (int row = 2; row <= 134; ++row) {
        const testsupport::XlsxCell code = cells.value(QStringLiteral("A%1").arg(row));
        QVERIFY2(code.isText() && code.text.size() == 6, qPrintable(code.text));
        if (code.text == QLatin1String("015146")) {
            milano = row;
            QVERIFY(cells.value(QStringLiteral("C%1").arg(row)).isNumber()); // latitude
            QVERIFY(cells.value(QStringLiteral("E%1").arg(row)).isNumber()); // residents
        }
    }
    QVERIFY(milano > 0);
    // The totals row, as values: the residents of the 133 comuni.
    QVERIFY(cells.value("E135").isNumber());
    QVERIFY(xlsx.bold(cells.value("E135").style));
    QVERIFY(!cells.contains("A136"));
}

void TestCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::newRow("help") << QStringList{ "--help" } << 0;
    QTest::newRow("version") << QStringList{ "--version" } << 0;
    QTest::newRow("unknown option") << QStringList{ "--frobnicate" } << 2;
    QTest::newRow("unknown command") << QStringList{ "frobnicate" } << 2;
    QTest::newRow("unknown command option") << QStringList{ "check", "--bogus" } << 2;
    QTest::newRow("bad language") << QStringList{ "--lang", "fr", "check" } << 2;
    QTest::newRow("report without name") << QStringList{ "report" } << 2;
    QTest::newRow("unknown report") << QStringList{ "report", "nope" } << 2;
    QTest::newRow("bad format") << QStringList{ "report", "comuni", "--format", "xls" } << 2;
    QTest::newRow("pdf without file") << QStringList{ "report", "comuni", "--format", "pdf" } << 2;
    QTest::newRow("xlsx without file") << QStringList{ "report", "comuni", "--format", "xlsx" } << 2;
    QTest::newRow("allocate xlsx without file")
        << QStringList{ "allocate", "--requests", "r.csv", "--available", "a.csv", "--format", "xlsx" } << 2;
    QTest::newRow("bad date") << QStringList{ "report", "comuni", "--from", "31/02/2021" } << 2;
    QTest::newRow("backup keeping none") << QStringList{ "backup", "--keep", "0" } << 2;
    QTest::newRow("sync without action") << QStringList{ "sync" } << 2;
    QTest::newRow("unknown sync action") << QStringList{ "sync", "merge" } << 2;
    QTest::newRow("demo years out of range") << QStringList{ "demo", "--years", "99" } << 2;
    QTest::newRow("missing database") << QStringList{ "--db", "/nonexistent/folder/x.sqlite", "check" } << 1;
    QTest::newRow("report on missing database") << QStringList{ "--db", "/nonexistent/x.sqlite", "report", "comuni" } << 1;
}

void TestCli::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    if (!arguments.contains("--db"))
        arguments = QStringList{ "--db", m_db } + arguments;
    const auto r = runSignedIn(arguments);
    QCOMPARE(r.exitCode, code);
    if (code != 0)
        QVERIFY(!r.err.isEmpty());
}

void TestCli::badDatabaseIsReportedAndUntouched()
{
    const QString path = m_dir.filePath("notes.sqlite");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Lista della spesa: pane, latte\n");
    f.close();
    const auto r = runSignedIn({ "--db", path, "report", "comuni" });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(QString::fromUtf8(r.err).contains("SQLite"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("Lista della spesa: pane, latte\n"));
}

void TestCli::messagesInTheChosenLanguage()
{
    const auto italian = runCisiamo({ "--db", "/nonexistent/x.sqlite", "check" });
    QVERIFY2(QString::fromUtf8(italian.err).contains("non esiste"), italian.err.constData());
    const auto english = runCisiamo({ "--lang", "en", "--db", "/nonexistent/x.sqlite", "check" });
    QVERIFY2(QString::fromUtf8(english.err).contains("does not exist"), english.err.constData());
}

void TestCli::globalOptionsBeforeOrAfterTheCommand_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString missing = QStringLiteral("/nonexistent/x.sqlite");
    QTest::newRow("before") << QStringList{ "--lang", "en", "--db", missing, "check" };
    QTest::newRow("after") << QStringList{ "check", "--lang", "en", "--db", missing };
    QTest::newRow("--lang after, --db before") << QStringList{ "--db", missing, "check", "--lang", "en" };
    QTest::newRow("--lang=en after") << QStringList{ "-d", missing, "check", "--lang=en" };
    QTest::newRow("the same value twice") << QStringList{ "--lang", "en", "--db", missing, "check", "--lang", "en" };
}

void TestCli::globalOptionsBeforeOrAfterTheCommand()
{
    QFETCH(QStringList, arguments);
    const auto r = runCisiamo(arguments);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(QString::fromUtf8(r.err).contains("does not exist"), r.err.constData());
}

// `cisiamo report X --lang en` is `cisiamo --lang en report X`.
void TestCli::reportTheSameWhereverTheOptionsAre()
{
    const auto before = runSignedIn({ "--lang", "en", "--db", m_db, "report", "permissions", "--format", "html" });
    QVERIFY2(before.exitCode == 0, before.err.constData());
    const auto after = runCisiamo({ "report", "permissions", "--format", "html", "--db", m_db, "--lang", "en", "--user",
                                    "coordinatrice" },
                                  { { "CISIAMO_PASSWORD", "demo1234" } });
    QVERIFY2(after.exitCode == 0, after.err.constData());
    QCOMPARE(after.out, before.out);
    const auto italian = runSignedIn({ "--db", m_db, "report", "permissions", "--format", "html" });
    QVERIFY2(italian.exitCode == 0, italian.err.constData());
    QVERIFY(italian.out != before.out);
}

void TestCli::globalOptionGivenTwiceIsRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    // The message is in the language chosen: a --lang given twice chooses
    // none, and the system's (C under CTest) is Italian.
    QTest::newRow("--lang before and after") << QStringList{ "--lang", "en", "check", "--lang", "it" }
                                             << "--lang è stato dato due volte con valori diversi (en, it)";
    QTest::newRow("--db in English") << QStringList{ "--lang", "en", "--db", "a.sqlite", "check", "--db", "b.sqlite" }
                                     << "--db was given twice with different values (a.sqlite, b.sqlite)";
    QTest::newRow("--db in Italian") << QStringList{ "-d", "a.sqlite", "check", "--db", "b.sqlite" }
                                     << "--db è stato dato due volte con valori diversi (a.sqlite, b.sqlite)";
    QTest::newRow("--user in English, --lang after")
        << QStringList{ "--user", "anna", "--db", "a.sqlite", "backup", "b.sqlite", "--user", "bruno", "--lang", "en" }
        << "--user was given twice with different values (anna, bruno)";
}

void TestCli::globalOptionGivenTwiceIsRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const auto r = runCisiamo(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
}

// Without --lang and without a saved setting, the system locale decides:
// English for an English one, Italian for any other.
void TestCli::systemLocaleChoosesTheLanguage_data()
{
    QTest::addColumn<QString>("lcAll");
    QTest::addColumn<QString>("lcMessages");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("english");
    QTest::newRow("LANG en_US") << "" << "" << "en_US.UTF-8" << "" << true;
    QTest::newRow("LANG en_GB") << "" << "" << "en_GB.UTF-8" << "" << true;
    QTest::newRow("LANG it_IT") << "" << "" << "it_IT.UTF-8" << "" << false;
    QTest::newRow("LANG de_DE") << "" << "" << "de_DE.UTF-8" << "" << false;
    QTest::newRow("LANG C") << "" << "" << "C" << "" << false;
    QTest::newRow("no locale at all") << "" << "" << "" << "" << false;
    QTest::newRow("LC_ALL beats LANG") << "en_GB.UTF-8" << "" << "it_IT.UTF-8" << "" << true;
    QTest::newRow("LC_ALL it beats LANG en") << "it_IT.UTF-8" << "" << "en_US.UTF-8" << "" << false;
    QTest::newRow("LC_MESSAGES beats LANG") << "" << "en_GB.UTF-8" << "it_IT.UTF-8" << "" << true;
    QTest::newRow("LANGUAGE fr:en on French") << "" << "" << "fr_FR.UTF-8" << "fr:en" << true;
    QTest::newRow("LANGUAGE de on English") << "" << "" << "en_US.UTF-8" << "de" << false;
}

void TestCli::systemLocaleChoosesTheLanguage()
{
    QFETCH(QString, lcAll);
    QFETCH(QString, lcMessages);
    QFETCH(QString, lang);
    QFETCH(QString, language);
    QFETCH(bool, english);
    const QHash<QString, QString> environment{
        { "LC_ALL", lcAll }, { "LC_MESSAGES", lcMessages }, { "LANG", lang }, { "LANGUAGE", language }
    };
    const auto r = runCisiamo({ "--db", "/nonexistent/x.sqlite", "check" }, environment);
    QCOMPARE(r.exitCode, 1);
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(english ? "does not exist" : "non esiste"), r.err.constData());
}

// The language saved in the settings beats the system's (the settings of
// the program in this test's own HOME, written and removed here).
void TestCli::savedLanguageBeatsTheSystem()
{
    QSettings settings(QSettings::UserScope, "CCV-MI", "cisiamo");
    const auto run = [](const QString &lang) {
        return QString::fromUtf8(runCisiamo({ "--db", "/nonexistent/x.sqlite", "check" },
                                            { { "LC_ALL", "" }, { "LANGUAGE", "" }, { "LANG", lang } })
                                     .err);
    };
    settings.setValue("ui/language", "it");
    settings.sync();
    const QString italian = run("en_US.UTF-8");
    settings.setValue("ui/language", "en");
    settings.sync();
    const QString english = run("it_IT.UTF-8");
    settings.remove("ui/language");
    settings.sync();
    QVERIFY2(italian.contains("non esiste"), qPrintable(italian));
    QVERIFY2(english.contains("does not exist"), qPrintable(english));
}

void TestCli::backup()
{
    const QString target = m_dir.filePath("copy.sqlite");
    QCOMPARE(runSignedIn({ "--db", m_db, "backup", target }).exitCode, 0);
    QCOMPARE(runCisiamo({ "--db", target, "check" }).exitCode, 0);
    QCOMPARE(runSignedIn({ "--db", m_db, "backup", target }).exitCode, 1); // never overwrites
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
