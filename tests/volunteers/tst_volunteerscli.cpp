#include "support/demodatabase.h"
#include "support/testdatabase.h"

#include "core/domain/csv.h"
#include "support/permissionprobe.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using testsupport::runCisiamo;
using testsupport::runSignedIn;

namespace {

QByteArray normalised(QByteArray text)
{
    text.replace("\r\n", "\n");
    if (!text.endsWith('\n'))
        text.append('\n');
    return text;
}

QByteArray publishedTable(const char *name)
{
    QFile f(QStringLiteral(VOLUNTEERS_TEST_DATA "/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? normalised(f.readAll()) : QByteArray();
}

} // namespace

// The real program on a demo database: the person-days reports equal the
// two published tables, the attestati command, the imports and their exit
// codes.
class TestVolunteersCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void personDaysByMonthEqualsThePublishedTable();
    void personDaysByServiceEqualsThePublishedTable();
    void octoberIsTheSameInBothTables();
    void demoHasTheOrganisationsAndVolunteers();
    void reportsOnLimitsAndAttestati();
    void attestatiCommandWritesPdfsAndIndex();
    void attestatiCommandBadUsage_data();
    void attestatiCommandBadUsage();
    void importCommands();
    void masterDataAndActivationCommands();
    void renewalActivityReport();
    void badWritesChangeNothing_data();
    void badWritesChangeNothing();
    void trainingCertificateOfOneParticipant();
    void trainingCertificateRefused_data();
    void trainingCertificateRefused();

private:
    testsupport::ProcessResult cli(const QStringList &arguments, const QString &lang = QStringLiteral("en"))
    {
        return runSignedIn(QStringList { QStringLiteral("--db"), m_db, QStringLiteral("--lang"), lang } + arguments);
    }
    // What the database holds, but for the logs: equal before and after a
    // refused write.
    QByteArray content()
    {
        QByteArray hash;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
            db.setDatabaseName(m_db);
            if (db.open())
                hash = testsupport::contentHash(db);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
        return hash;
    }
    QString firstValue(const QString &sql)
    {
        QString value;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
            db.setDatabaseName(m_db);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(sql) && q.next())
                    value = q.value(0).toString();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
        return value;
    }
    QTemporaryDir m_dir;
    QString m_db;
};

void TestVolunteersCli::initTestCase()
{
    m_db = copyOfDemoDatabase(m_dir);
    QVERIFY(!m_db.isEmpty());
}

void TestVolunteersCli::personDaysByMonthEqualsThePublishedTable()
{
    const auto r = cli({ QStringLiteral("report"), QStringLiteral("person-days"), QStringLiteral("--by"),
        QStringLiteral("month"), QStringLiteral("--from"), QStringLiteral("01/02/2020"), QStringLiteral("--to"),
        QStringLiteral("31/10/2020"), QStringLiteral("--format"), QStringLiteral("csv") });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(normalised(r.out), publishedTable("person_days_by_month_2020.csv"));
}

void TestVolunteersCli::personDaysByServiceEqualsThePublishedTable()
{
    const auto r = cli({ QStringLiteral("report"), QStringLiteral("person-days"), QStringLiteral("--by"),
        QStringLiteral("service"), QStringLiteral("--from"), QStringLiteral("2020-10-01"), QStringLiteral("--to"),
        QStringLiteral("2021-03-16") });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(normalised(r.out), publishedTable("person_days_by_service_oct2020_mar2021.csv"));
}

void TestVolunteersCli::octoberIsTheSameInBothTables()
{
    const auto byService = cli({ QStringLiteral("report"), QStringLiteral("person-days"), QStringLiteral("--by"),
        QStringLiteral("service"), QStringLiteral("--from"), QStringLiteral("2020-10-01"), QStringLiteral("--to"),
        QStringLiteral("2020-10-31") });
    QCOMPARE(byService.exitCode, 0);
    auto table = core::parseCsv(byService.out);
    QVERIFY(table.ok());
    int sum = 0;
    for (const core::CsvRecord &r : table->records)
        sum += r.fields.value(1).toInt();
    QCOMPARE(sum, 1085);
    // And the whole published period of the second table adds up to 20,459.
    const auto all = cli({ QStringLiteral("report"), QStringLiteral("person-days"), QStringLiteral("--by"),
        QStringLiteral("organisation"), QStringLiteral("--from"), QStringLiteral("2020-10-01"), QStringLiteral("--to"),
        QStringLiteral("2021-03-16") });
    auto byOrganisation = core::parseCsv(all.out);
    QVERIFY(byOrganisation.ok());
    QCOMPARE(byOrganisation->header, (QStringList { QStringLiteral("organisation"), QStringLiteral("person_days") }));
    int total = 0;
    for (const core::CsvRecord &r : byOrganisation->records)
        total += r.fields.value(1).toInt();
    QCOMPARE(total, 20459);
}

void TestVolunteersCli::demoHasTheOrganisationsAndVolunteers()
{
    const auto r = cli({ QStringLiteral("report"), QStringLiteral("organisations"), QStringLiteral("--at"),
        QStringLiteral("2021-03-19") });
    QCOMPARE(r.exitCode, 0);
    auto table = core::parseCsv(r.out);
    QVERIFY(table.ok());
    QCOMPARE(table->records.size(), 117);
    int volunteers = 0, groups = 0;
    for (const core::CsvRecord &rec : table->records) {
        volunteers += rec.fields.value(5).toInt();
        groups += rec.fields.value(1) == QLatin1String("Municipal group") ? 1 : 0;
    }
    QVERIFY2(volunteers >= 2000 && volunteers <= 6000, qPrintable(QString::number(volunteers)));
    QVERIFY(groups > 50 && groups < 117);
    const auto comuni = cli({ QStringLiteral("report"), QStringLiteral("person-days"), QStringLiteral("--by"),
        QStringLiteral("comune"), QStringLiteral("--from"), QStringLiteral("2020-03-01"), QStringLiteral("--to"),
        QStringLiteral("2020-03-31") });
    QCOMPARE(comuni.exitCode, 0);
    QVERIFY(comuni.out.startsWith("comune,person_days"));
}

void TestVolunteersCli::reportsOnLimitsAndAttestati()
{
    const auto over = cli({ QStringLiteral("report"), QStringLiteral("volunteers-over-limits") });
    QCOMPARE(over.exitCode, 0);
    auto table = core::parseCsv(over.out);
    QVERIFY(table.ok());
    QVERIFY2(table->records.size() >= 6, over.out.constData()); // the demo's deliberate cases
    const auto issued = cli({ QStringLiteral("report"), QStringLiteral("attestati-issued"), QStringLiteral("--from"),
        QStringLiteral("2021-01-01"), QStringLiteral("--to"), QStringLiteral("2021-12-31") });
    QCOMPARE(issued.exitCode, 0);
    auto register_ = core::parseCsv(issued.out);
    QVERIFY(register_.ok());
    QVERIFY(register_->records.size() > 100);
    QCOMPARE(register_->records.first().fields.value(0), QStringLiteral("2021/000001"));
    const auto pdf = cli({ QStringLiteral("report"), QStringLiteral("person-days"), QStringLiteral("--from"),
        QStringLiteral("2020-02-01"), QStringLiteral("--to"), QStringLiteral("2020-10-31"), QStringLiteral("--format"),
        QStringLiteral("pdf"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("pd.pdf")) });
    QCOMPARE(pdf.exitCode, 0);
    QVERIFY(QFile(m_dir.filePath(QStringLiteral("pd.pdf"))).size() > 10000);
}

void TestVolunteersCli::attestatiCommandWritesPdfsAndIndex()
{
    const QString out = m_dir.filePath(QStringLiteral("attestati"));
    const QStringList args = { QStringLiteral("attestati"), QStringLiteral("--from"), QStringLiteral("2021-03-01"),
        QStringLiteral("--to"), QStringLiteral("2021-03-16"), QStringLiteral("--organisation"),
        QStringLiteral("MI-PC-0101"), QStringLiteral("--out"), out };
    const auto r = cli(args);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QStringList pdfs = QDir(out).entryList({ QStringLiteral("*.pdf") }, QDir::Files);
    QVERIFY(!pdfs.isEmpty());
    auto index = core::readCsvFile(QDir(out).filePath(QStringLiteral("indice_attestati.csv")));
    QVERIFY(index.ok());
    QCOMPARE(index->records.size(), pdfs.size());
    QCOMPARE(index->header.value(0), QStringLiteral("number"));
    QVERIFY(r.out.contains("attestati issued"));
    // Everything of that organisation and period is now certified.
    const auto again = cli(args);
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains("No attestato to issue"), again.out.constData());
}

void TestVolunteersCli::attestatiCommandBadUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no folder") << QStringList { "attestati", "--from", "2021-03-01", "--to", "2021-03-16" } << "--out";
    QTest::newRow("no period") << QStringList { "attestati", "--out", "/tmp/x" } << "--from";
    QTest::newRow("reversed period") << QStringList { "attestati", "--from", "2021-03-16", "--to", "2021-03-01",
        "--out", "/tmp/x" } << "reversed";
    QTest::newRow("bad date") << QStringList { "attestati", "--from", "32/01/2021", "--to", "2021-03-01", "--out",
        "/tmp/x" } << "dd/mm/yyyy";
    QTest::newRow("unknown organisation") << QStringList { "attestati", "--from", "2021-03-01", "--to", "2021-03-16",
        "--organisation", "nobody", "--out", "/tmp/x" }
                                          << "nobody";
    QTest::newRow("import what?") << QStringList { "import", "donkeys", "file.csv" } << "volunteers, activations";
}

void TestVolunteersCli::attestatiCommandBadUsage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const auto r = cli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
}

void TestVolunteersCli::importCommands()
{
    const QString good = m_dir.filePath(QStringLiteral("volontari.csv"));
    QFile f(good);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("cognome;nome;codice_fiscale;organizzazione;comune_residenza\n"
            "Prova;Uno;PRVNUO80A01F205M;MI-PC-0101;Milano\n");
    f.close();
    const auto dry = cli({ QStringLiteral("import"), QStringLiteral("volunteers"), good, QStringLiteral("--dry-run") });
    QVERIFY2(dry.exitCode == 0, dry.err.constData());
    QVERIFY(dry.out.contains("Dry run"));
    const auto real = cli({ QStringLiteral("import"), QStringLiteral("volunteers"), good });
    QVERIFY2(real.exitCode == 0, real.err.constData());
    // One volunteer, in the singular ("1 volunteer(s)" until the English catalogue has the piece's forms).
    QVERIFY2(QRegularExpression("\\b1 volunteer(\\(s\\))? added").match(QString::fromUtf8(real.out)).hasMatch(),
        real.out.constData());

    const QString bad = m_dir.filePath(QStringLiteral("attivazioni.csv"));
    QFile b(bad);
    QVERIFY(b.open(QIODevice::WriteOnly));
    b.write("codice_fiscale,evento,data,servizio\n"
            "PRVNUO80A01F205M,Emergenza COVID-19,20/03/2021,supporto COC\n"
            "PRVNUO80A01F205M,Emergenza COVID-19,21/03/2021,supporto golf\n");
    b.close();
    const auto failed = cli({ QStringLiteral("import"), QStringLiteral("activations"), bad });
    QCOMPARE(failed.exitCode, 1);
    QVERIFY2(failed.err.contains("attivazioni.csv, line 3, field «servizio»"), failed.err.constData());
    QVERIFY(failed.err.contains("nothing was imported"));
}

void TestVolunteersCli::masterDataAndActivationCommands()
{
    // The demo's own commands (its Colonna Mobile deployments save events) come before these.
    const QString commandsAudited = QStringLiteral(
        "SELECT count(*) FROM audit_event WHERE kind = 'command' AND (detail LIKE 'volunteers.organisation.save %' "
        "OR detail LIKE 'volunteers.event.save %' OR detail LIKE 'volunteers.activation.%')");
    const int auditedBefore = firstValue(commandsAudited).toInt();
    const auto org = cli(
        { "organisation", "add", "--name", "OdV Riva del Naviglio", "--comune", "Milano", "--registry", "MI-PC-0999" });
    QVERIFY2(org.exitCode == 0, org.err.constData());
    QVERIFY2(org.out.contains("Organisation"), org.out.constData());
    const auto edited
        = cli({ "organisation", "edit", "MI-PC-0999", "--phone", "02 555 1234", "--kind", "municipal_group" });
    QVERIFY2(edited.exitCode == 0, edited.err.constData());
    QCOMPARE(firstValue("SELECT phone || ' ' || kind FROM organisation WHERE registry_number = 'MI-PC-0999'"),
        QStringLiteral("02 555 1234 municipal_group"));

    const auto event = cli({ "event", "add", "--name", "Esondazione Seveso", "--act", "Nota CCV-MI 12/2021", "--start",
        "2021-03-01", "--type", "ordinary" });
    QVERIFY2(event.exitCode == 0, event.err.constData());
    const auto closed = cli({ "event", "edit", "Esondazione Seveso", "--end", "2021-03-31" });
    QVERIFY2(closed.exitCode == 0, closed.err.constData());
    QCOMPARE(firstValue("SELECT end_date FROM activation_event WHERE name = 'Esondazione Seveso'"),
        QStringLiteral("2021-03-31"));

    const QString taxCode = firstValue("SELECT tax_code FROM volunteer WHERE active = 1 ORDER BY id LIMIT 1");
    QVERIFY(!taxCode.isEmpty());
    const auto recorded = cli({ "activation", "record", "--volunteer", taxCode, "--event", "Esondazione Seveso",
        "--service", "coc", "--from", "2021-03-02", "--to", "2021-03-03", "--comune", "Milano" });
    QVERIFY2(recorded.exitCode == 0, recorded.err.constData());
    QVERIFY2(recorded.out.contains("2 person-days recorded"), recorded.out.constData());
    const QString firstId
        = QRegularExpression(QStringLiteral("recorded: (\\d+)")).match(QString::fromUtf8(recorded.out)).captured(1);
    QVERIFY(!firstId.isEmpty());
    const auto voided = cli({ "activation", "void", firstId, "--reason", "giornata sbagliata" });
    QVERIFY2(voided.exitCode == 0, voided.err.constData());
    QCOMPARE(firstValue("SELECT count(*) FROM activation WHERE reverses_id = " + firstId), QStringLiteral("1"));
    // The writes are audited as commands under the signed-in person.
    QCOMPARE(firstValue(commandsAudited).toInt(), auditedBefore + 6);
}

// `report renewal-activity --organisation ID --year Y`: one organisation's
// year as CSV and PDF; its exercises are those of the records.
void TestVolunteersCli::renewalActivityReport()
{
    const QString organisation = firstValue(QStringLiteral(
        "SELECT organisation_id FROM training_exercise WHERE start_date LIKE '2020-%' ORDER BY id LIMIT 1"));
    QVERIFY(!organisation.isEmpty());
    const QString exercises = firstValue(QStringLiteral("SELECT count(*) FROM training_exercise WHERE organisation_id = %1 "
                                                        "AND start_date LIKE '2020-%'")
                                             .arg(organisation));
    const auto csv = cli({ QStringLiteral("report"), QStringLiteral("renewal-activity"), QStringLiteral("--organisation"),
        organisation, QStringLiteral("--year"), QStringLiteral("2020") });
    QVERIFY2(csv.exitCode == 0, csv.err.constData());
    QVERIFY(csv.out.startsWith("section,from,to,description,detail,people,person_days"));
    QCOMPARE(QString::number(csv.out.count("\nExercise,")), exercises);
    const QString pdf = m_dir.filePath(QStringLiteral("renewal.pdf"));
    const auto printed = cli({ QStringLiteral("report"), QStringLiteral("renewal-activity"),
        QStringLiteral("--organisation"), organisation, QStringLiteral("--year"), QStringLiteral("2020"),
        QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), pdf });
    QVERIFY2(printed.exitCode == 0, printed.err.constData());
    QVERIFY(QFileInfo(pdf).size() > 1000);
}

void TestVolunteersCli::badWritesChangeNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("organisation add without comune")
        << QStringList { "organisation", "add", "--name", "OdV X" } << "en" << 2 << "--comune";
    QTest::newRow("organisation in no comune") << QStringList { "organisation", "add", "--name", "OdV X", "--comune",
        "Atlantide" } << "en" << 2 << "Atlantide";
    QTest::newRow("organisation bad kind")
        << QStringList { "organisation", "add", "--name", "OdV X", "--comune", "Milano", "--kind", "club" } << "en" << 2
        << "municipal_group";
    QTest::newRow("organisation unknown")
        << QStringList { "organisation", "edit", "424242", "--phone", "1" } << "en" << 2 << "424242";
    QTest::newRow("organisation wrong verb") << QStringList { "organisation", "delete" } << "en" << 2 << "add or edit";
    QTest::newRow("event without act") << QStringList { "event", "add", "--name", "E", "--start", "2021-03-01" } << "en"
                                       << 2 << "--act";
    QTest::newRow("event bad type") << QStringList { "event", "add", "--name", "E", "--act", "A", "--start",
        "2021-03-01", "--type", "party" }
                                    << "en" << 2 << "--type";
    QTest::newRow("event ends before it starts")
        << QStringList { "event", "add", "--name", "E", "--act", "A", "--start", "2021-03-10", "--end", "2021-03-01" }
        << "en" << 1 << "ends before it starts";
    QTest::newRow("event in Italian") << QStringList { "event", "add", "--name", "E", "--act", "A", "--start",
        "2021-03-10", "--end", "2021-03-01" }
                                      << "it" << 1 << "finisce prima di iniziare";
    QTest::newRow("record without service")
        << QStringList { "activation", "record", "--volunteer", "1", "--event", "1", "--from", "2021-03-01" } << "en"
        << 2 << "--service";
    QTest::newRow("record unknown volunteer") << QStringList { "activation", "record", "--volunteer", "XXXXXX",
        "--event", "Emergenza COVID-19", "--service", "coc", "--from", "2021-03-01" }
                                              << "en" << 2 << "XXXXXX";
    QTest::newRow("record bad date") << QStringList { "activation", "record", "--volunteer", "1", "--event", "1",
        "--service", "coc", "--from", "31/02/2021" }
                                     << "en" << 2 << "dd/mm/yyyy";
    QTest::newRow("void without reason") << QStringList { "activation", "void", "1" } << "en" << 2 << "--reason";
    QTest::newRow("renewal report of no organisation")
        << QStringList { "report", "renewal-activity", "--organisation", "abc", "--year", "2020" } << "en" << 1
        << "no organisation with id «abc»";
    QTest::newRow("renewal report of an unknown organisation")
        << QStringList { "report", "renewal-activity", "--organisation", "424242", "--year", "2020" } << "en" << 1
        << "424242";
    QTest::newRow("renewal report of no year")
        << QStringList { "report", "renewal-activity", "--organisation", "1", "--year", "duemila" } << "en" << 1
        << "«duemila» is not a year";
    QTest::newRow("void not a number") << QStringList { "activation", "void", "uno", "--reason", "x" } << "en" << 2
                                       << "uno";
    QTest::newRow("void unknown day") << QStringList { "activation", "void", "1", "--reason", "errore" } << "en" << 1
                                      << "does not exist";
    QTest::newRow("activation wrong verb") << QStringList { "activation", "erase" } << "en" << 2 << "record or void";
}

void TestVolunteersCli::badWritesChangeNothing()
{
    QFETCH(QStringList, args);
    QFETCH(QString, lang);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QByteArray before = content();
    QVERIFY(!before.isEmpty());
    const auto r = cli(args, lang);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QCOMPARE(content(), before);
}

// One participant's course certificate from the command line: an issued
// one is written again with its number, without writing to the database;
// one due but not issued yet is issued first (and keeps that number the
// next time).
void TestVolunteersCli::trainingCertificateOfOneParticipant()
{
    const QString issued = firstValue(QStringLiteral(
        "SELECT id FROM training_participant WHERE certificate_number <> '' ORDER BY id LIMIT 1"));
    QVERIFY(!issued.isEmpty());
    const QString number = firstValue(
        QStringLiteral("SELECT certificate_number FROM training_participant WHERE id = %1").arg(issued));
    const QByteArray before = content();
    const QString pdf = m_dir.filePath(QStringLiteral("attestato.pdf"));
    const auto r = cli({ "training-certificate", "--participant", issued, "--out", pdf });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    QCOMPARE(content(), before);
    const auto html = cli({ "training-certificate", "--participant", issued, "--format", "html" });
    QVERIFY2(html.exitCode == 0, html.err.constData());
    QVERIFY2(QString::fromUtf8(html.out).contains(number), html.out.left(400).constData());

    // Passed (or without a test), attended enough, not issued yet: issued
    // now. The demo issues every certificate it can: one who attended
    // enough but failed is given a pass first (here, in SQL, as a
    // correction of the result would).
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("prepare"));
        db.setDatabaseName(m_db);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral(
            "UPDATE training_participant SET test_result = 'passed', test_score = (SELECT c.max_score "
            "FROM training_edition e JOIN training_course c ON c.id = e.course_id WHERE e.id = edition_id) "
            "WHERE id = (SELECT p.id FROM training_participant p JOIN training_edition e ON e.id = p.edition_id "
            "JOIN training_course c ON c.id = e.course_id WHERE p.certificate_number = '' AND p.test_result = 'failed' "
            "AND (SELECT coalesce(sum(s.minutes), 0) FROM training_attendance a JOIN training_session s "
            "     ON s.id = a.session_id WHERE a.participant_id = p.id) * 100 >= c.min_attendance * "
            "    (SELECT sum(s.minutes) FROM training_session s WHERE s.edition_id = e.id) ORDER BY p.id LIMIT 1)")));
        QCOMPARE(q.numRowsAffected(), 1);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("prepare"));
    const QString due = firstValue(QStringLiteral(
        "SELECT p.id FROM training_participant p JOIN training_edition e ON e.id = p.edition_id "
        "JOIN training_course c ON c.id = e.course_id "
        "WHERE p.certificate_number = '' AND (c.final_test = 0 OR p.test_result = 'passed') "
        "AND (SELECT coalesce(sum(s.minutes), 0) FROM training_attendance a JOIN training_session s ON s.id = a.session_id "
        "     WHERE a.participant_id = p.id) * 100 >= c.min_attendance * "
        "    (SELECT sum(s.minutes) FROM training_session s WHERE s.edition_id = e.id) "
        "AND EXISTS (SELECT 1 FROM training_session s WHERE s.edition_id = e.id) ORDER BY p.id LIMIT 1"));
    QVERIFY(!due.isEmpty());
    const auto first = cli({ "training-certificate", "--participant", due, "--on", "15/01/2021", "--format", "html" });
    QVERIFY2(first.exitCode == 0, first.err.constData());
    const QString given = firstValue(
        QStringLiteral("SELECT certificate_number FROM training_participant WHERE id = %1").arg(due));
    QVERIFY(!given.isEmpty());
    QCOMPARE(firstValue(QStringLiteral("SELECT certificate_issued_on FROM training_participant WHERE id = %1").arg(due)),
        QStringLiteral("2021-01-15"));
    const auto again = cli({ "training-certificate", "--participant", due, "--format", "html" });
    QVERIFY(QString::fromUtf8(again.out).contains(given));
}

void TestVolunteersCli::trainingCertificateRefused_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no participant") << QStringList { "training-certificate", "--out", "/tmp/x.pdf" } << 2
                                    << "--participant";
    QTest::newRow("not a number") << QStringList { "training-certificate", "--participant", "Rossi" } << 2
                                  << "--participant";
    QTest::newRow("PDF without a file") << QStringList { "training-certificate", "--participant", "1" } << 2 << "--out";
    QTest::newRow("a spreadsheet") << QStringList { "training-certificate", "--participant", "1", "--format", "xlsx",
        "--out", "/tmp/x.xlsx" } << 2
                                   << "pdf or html";
    QTest::newRow("bad day") << QStringList { "training-certificate", "--participant", "1", "--on", "31/02/2021",
        "--format", "html" } << 2
                             << "dd/mm/yyyy";
    QTest::newRow("unknown participant") << QStringList { "training-certificate", "--participant", "987654321",
        "--format", "html" } << 1
                                         << "does not exist";
    QTest::newRow("failed test") << QStringList { "training-certificate", "--participant", "@FAILED@", "--format",
        "html" } << 1
                                 << "did not pass the final test";
}

void TestVolunteersCli::trainingCertificateRefused()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString failed = firstValue(QStringLiteral(
        "SELECT id FROM training_participant WHERE test_result = 'failed' AND certificate_number = '' ORDER BY id LIMIT 1"));
    QVERIFY(!failed.isEmpty());
    args.replaceInStrings(QStringLiteral("@FAILED@"), failed);
    const QByteArray before = content();
    const auto r = cli(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QCOMPARE(content(), before);
}

QTEST_GUILESS_MAIN(TestVolunteersCli)
#include "tst_volunteerscli.moc"
