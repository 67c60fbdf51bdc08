// Imports of pupils, assistants and bookings: names as published
// ("Cislino", "Lacchierella", "Limbiate (MB)", "Vellezzo Bellini (PV)"),
// Italian spreadsheets, dry run, line-numbered errors, all or nothing.

#include "core/db/sql.h"
#include "tutoring/domain/bookingservice.h"
#include "tutoring/domain/tutoringimporter.h"
#include "tutoringfixture.h"
#include "support/xlsxfromcsv.h"

#include <QTest>

using namespace tutoring;
using Fixture = testsupport::TutoringFixture;

namespace {

QString comuneOf(const QSqlDatabase &db, const QString &code)
{
    auto v = core::queryValue(db,
        QStringLiteral("SELECT c.name || ' ' || c.province FROM tutoring_pupil p JOIN comune c "
                       "ON c.id = p.comune_id WHERE p.code = ?"),
        { code });
    return v ? v->toString() : QString();
}

QStringList codes(const ImportReport &report)
{
    QStringList out;
    for (const ImportIssue &i : report.errors)
        out.append(QStringLiteral("%1:%2:%3").arg(i.error.where.line).arg(i.error.where.field, i.error.code));
    return out;
}

} // namespace

class TestTutoringImport : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void pupilsWithNamesAsPublished();
    void dryRunWritesNothing();
    void badPupilsAreReportedByLineAndNothingIsWritten();
    void pupilFieldsThatDoNotFit_data();
    void pupilFieldsThatDoNotFit();
    void italianSpreadsheet() { checkItalianSpreadsheet(false); }
    void italianWorkbook() { checkItalianSpreadsheet(true); }
    void sameCodeUpdates();
    void missingColumnsAreNamed();
    void assistants();
    void badAssistants();
    void bookings();
    void refusedBookingsNameTheRuleAndOfferSlots();

private:
    // As a CSV, or as the workbook the program's own Excel writer makes of
    // it (the birth year a number, the consent date a real date).
    void checkItalianSpreadsheet(bool xlsx);
    QSqlDatabase db() const { return m_database->db(); }
    ImportReport run(ImportKind kind, const QByteArray &csv, bool dryRun = false)
    {
        auto r = TutoringImporter(db(), m_clock).importData(kind, csv, QStringLiteral("file.csv"), dryRun);
        if (!r)
            qWarning() << r.error().code << r.error().args;
        return r ? *r : ImportReport {};
    }

    testsupport::TestDatabase *m_database = nullptr;
    core::FixedClock m_clock { QDateTime(QDate(2021, 3, 1), QTime(9, 0)) };
    Fixture m_f;
};

void TestTutoringImport::init()
{
    m_clock.set(QDateTime(QDate(2021, 3, 1), QTime(9, 0)));
    m_database = new testsupport::TestDatabase;
    QVERIFY(m_database->isValid());
    m_f = Fixture();
    QVERIFY(m_f.build(db(), m_clock));
}

void TestTutoringImport::cleanup()
{
    delete m_database;
}

void TestTutoringImport::pupilsWithNamesAsPublished()
{
    const QByteArray csv = "code,family_name,given_name,birth_year,school_order,class_year,comune,bes,consent_on\n"
                           "P10,Galli,Sofia,2008,middle,2,Cislino,no,01/02/2021\n"
                           "P11,Fabbri,Luca,2007,media,3,Lacchierella,,01/02/2021\n"
                           "P12,Sala,Irene,2006,superiore,1,Limbiate (MB),no,02/02/2021\n"
                           "P13,Riva,Pietro,2005,high,2,Vellezzo Bellini (PV),sì,02/02/2021\n"
                           "P14,Conte,Anna,2008,middle,2,Vermezzo,no,02/02/2021\n";
    const ImportReport report = run(ImportKind::Pupils, csv);
    QVERIFY2(report.errors.isEmpty(), qPrintable(codes(report).join(QLatin1Char(' '))));
    QVERIFY(report.applied);
    QCOMPARE(report.records, 5);
    QCOMPARE(report.created, 5);
    QCOMPARE(comuneOf(db(), QStringLiteral("P10")), QStringLiteral("Cisliano MI"));
    QCOMPARE(comuneOf(db(), QStringLiteral("P11")), QStringLiteral("Lacchiarella MI"));
    QCOMPARE(comuneOf(db(), QStringLiteral("P12")), QStringLiteral("Limbiate MB"));
    QCOMPARE(comuneOf(db(), QStringLiteral("P13")), QStringLiteral("Vellezzo Bellini PV"));
    QCOMPARE(comuneOf(db(), QStringLiteral("P14")), QStringLiteral("Vermezzo con Zelo MI")); // former name
    // The corrections are told, never silent.
    QStringList notes;
    for (const core::Error &n : report.notes)
        notes.append(QStringLiteral("%1:%2").arg(n.where.line).arg(n.args.value(1)));
    QVERIFY2(notes.contains(QStringLiteral("2:Cisliano (MI)")), qPrintable(notes.join(QLatin1Char(' '))));
    QVERIFY(notes.contains(QStringLiteral("3:Lacchiarella (MI)")));
    QVERIFY(notes.contains(QStringLiteral("6:Vermezzo con Zelo (MI)")));
    auto bes = core::queryValue(db(), QStringLiteral("SELECT bes FROM tutoring_pupil WHERE code = 'P13'"));
    QCOMPARE(bes->toInt(), 1);
}

void TestTutoringImport::dryRunWritesNothing()
{
    const int before = testsupport::rowCount(db(), QStringLiteral("tutoring_pupil"));
    const int log = testsupport::rowCount(db(), QStringLiteral("change_log"));
    const ImportReport report = run(
        ImportKind::Pupils, "cognome,nome,anno_nascita,ordine,classe,comune\nGalli,Sofia,2008,media,2,Cislino\n", true);
    QVERIFY(report.errors.isEmpty());
    QCOMPARE(report.created, 1);
    QVERIFY(report.dryRun);
    QVERIFY(!report.applied);
    QCOMPARE(testsupport::rowCount(db(), QStringLiteral("tutoring_pupil")), before);
    QCOMPARE(testsupport::rowCount(db(), QStringLiteral("change_log")), log);
}

void TestTutoringImport::badPupilsAreReportedByLineAndNothingIsWritten()
{
    const int before = testsupport::rowCount(db(), QStringLiteral("tutoring_pupil"));
    const QByteArray csv = "code,family_name,given_name,birth_year,school_order,class_year,comune,parent_email,bes\n"
                           "P20,Galli,Sofia,2008,middle,2,Cislino,,no\n" // fine, but not written
                           "P21,,Luca,2007,middle,3,Bussero,,no\n" // 3: no family name
                           "P22,Sala,Irene,2006,high,3,Rodano,,no\n" // 4: 3rd year of high school
                           "P23,Riva,Pietro,duemila,high,2,Rodano,,no\n" // 5: birth year
                           "P24,Conte,Anna,2008,middle,2,Qwertyuiop,,no\n" // 6: unknown comune
                           "P25,Villa,Marta,2008,elementare,2,Melzo,,no\n" // 7: school order
                           "P26,Serra,Luigi,2008,middle,2,Melzo,luigi.at.example,no\n" // 8: e-mail
                           "P20,Galli,Sofia,2008,middle,2,Cislino,,no\n" // 9: code twice
                           "P27,Monti,Gaia,2008,middle,2,Melzo,,forse\n"; // 10: bes
    const ImportReport report = run(ImportKind::Pupils, csv);
    QVERIFY(!report.applied);
    QCOMPARE(codes(report),
        QStringList({ "3:family_name:tutoring.missing_field", "4:class_year:tutoring.bad_class",
            "5:birth_year:tutoring.bad_number", "6:comune:reference.comune_not_found",
            "7:school_order:tutoring.bad_school_order", "8:parent_email:tutoring.bad_email",
            "9:code:tutoring.import_duplicate_code", "10:bes:tutoring.bad_yes_no" }));
    for (const ImportIssue &i : report.errors)
        QCOMPARE(i.error.where.file, QStringLiteral("file.csv"));
    QCOMPARE(testsupport::rowCount(db(), QStringLiteral("tutoring_pupil")), before);
}

void TestTutoringImport::pupilFieldsThatDoNotFit_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("problem"); // line:field:code, or empty when accepted
    QTest::addColumn<QString>("argument"); // in the error's arguments
    QTest::newRow("birth year beyond an int") << QByteArray("P30,Galli,Sofia,99999999999,middle,2,Melzo")
                                              << "2:birth_year:import.value_out_of_range"
                                              << "99999999999";
    QTest::newRow("family name of 201 characters") << "P30," + QByteArray(201, 'x') + ",Sofia,2008,middle,2,Melzo"
                                                   << "2:family_name:import.text_too_long"
                                                   << "201";
    QTest::newRow("code of 51 characters") << QByteArray(51, 'P') + ",Galli,Sofia,2008,middle,2,Melzo"
                                           << "2:code:import.text_too_long"
                                           << "51";
    QTest::newRow("unknown comune near a real one") << QByteArray("P30,Galli,Sofia,2008,middle,2,Paperopoli")
                                                    << "2:comune:reference.comune_not_found"
                                                    << "Paternopoli (AV)";
    QTest::newRow("s/N") << QByteArray("P30,Galli,Sofia,2008,middle,2,Cernusco s/N") << QString() << QString();
    QTest::newRow("M.se") << QByteArray("P30,Galli,Sofia,2008,middle,2,Cologno M.se") << QString() << QString();
}

void TestTutoringImport::pupilFieldsThatDoNotFit()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, problem);
    QFETCH(QString, argument);
    const ImportReport report = run(
        ImportKind::Pupils, "code,family_name,given_name,birth_year,school_order,class_year,comune\n" + row + "\n", true);
    if (problem.isEmpty()) {
        QVERIFY2(report.errors.isEmpty(), qPrintable(codes(report).join(QLatin1Char(' '))));
        QVERIFY(report.notes.isEmpty()); // resolved, not corrected
        return;
    }
    QCOMPARE(codes(report), QStringList{ problem });
    QVERIFY2(report.errors.first().error.args.join(QLatin1Char('|')).contains(argument),
        qPrintable(report.errors.first().error.args.join(QLatin1Char('|'))));
    QVERIFY(!report.applied);
}

void TestTutoringImport::checkItalianSpreadsheet(bool xlsx)
{
    // Semicolons, Latin-1, Italian headers and words, a BOM-less Excel file.
    QByteArray csv
        = QStringLiteral("Cognome;Nome;Anno di nascita;Ordine di scuola;Classe;Comune di residenza;BES;Consenso\r\n"
                         "Galbiati;Noemi;2008;Secondaria di primo grado;2ª;San Giuliano Milanese;no;sì\r\n"
                         "Cazzaniga;Niccolò;2006;Superiore;1;Cassina de' Pecchi;NO;03/02/2021\r\n")
              .toLatin1();
    const ImportReport report = run(ImportKind::Pupils, xlsx ? testsupport::xlsxFromCsv(csv) : csv);
    QVERIFY2(report.errors.isEmpty(), qPrintable(codes(report).join(QLatin1Char(' '))));
    QCOMPARE(report.created, 2);
    auto q = core::runQuery(db(),
        QStringLiteral("SELECT given_name, school_order, class_year, consent_on FROM tutoring_pupil "
                       "WHERE family_name IN ('Galbiati', 'Cazzaniga') ORDER BY family_name"));
    QVERIFY(q->next());
    QCOMPARE(q->value(0).toString(), QStringLiteral("Niccolò"));
    QCOMPARE(q->value(1).toString(), QStringLiteral("high"));
    QCOMPARE(q->value(3).toString(), QStringLiteral("2021-02-03"));
    QVERIFY(q->next());
    QCOMPARE(q->value(1).toString(), QStringLiteral("middle"));
    QCOMPARE(q->value(2).toInt(), 2);
    QCOMPARE(q->value(3).toString(), QStringLiteral("2021-03-01")); // "sì": consent received on the day of the import
}

void TestTutoringImport::sameCodeUpdates()
{
    const ImportReport report = run(ImportKind::Pupils,
        "code,family_name,given_name,birth_year,school_order,class_year,comune\n"
        "R001,Rossi,Marco,2007,middle,3,Cisliano\n");
    QVERIFY(report.errors.isEmpty());
    QCOMPARE(report.updated, 1);
    QCOMPARE(report.created, 0);
    auto cls = core::queryValue(db(), QStringLiteral("SELECT class_year FROM tutoring_pupil WHERE code = 'R001'"));
    QCOMPARE(cls->toInt(), 3);
}

void TestTutoringImport::missingColumnsAreNamed()
{
    auto r = TutoringImporter(db(), m_clock)
                 .importData(ImportKind::Pupils, "cognome,nome\nRossi,Mario\n", QStringLiteral("x.csv"), false);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("tutoring.import_missing_column"));
    QCOMPARE(r.error().args.value(0), QStringLiteral("birth_year, school_order, class_year, comune"));
    QCOMPARE(r.error().where.file, QStringLiteral("x.csv"));
    auto empty = TutoringImporter(db(), m_clock)
                     .importData(ImportKind::Bookings, "pupil_code,subject,assistant_code,date,hour\n",
                         QStringLiteral("y.csv"), false);
    QCOMPARE(empty.error().code, QStringLiteral("tutoring.import_empty"));
}

void TestTutoringImport::assistants()
{
    const QByteArray csv
        = "codice;cognome;nome;scuola;classe;comune;materie;corso_sicurezza;data_corso;disponibilita;tutor\n"
          "A010;Longo;Elisa;Liceo Beccaria;5;Milano;Matematica, Inglese;svolto;23/01/2021;lun 15-18; T01\n"
          "A011;Pozzi;Diego;Cartesio;4;Cinisello Balsamo;ambito generale;iscritto;;mer 16,17 ; sab 15;\n";
    // The availability column holds "lun 15-18; ..." inside the field: quote it.
    QByteArray quoted = csv;
    quoted.replace("lun 15-18; T01", "\"lun 15-18\";T01");
    quoted.replace("mer 16,17 ; sab 15;", "\"mer 16,17 ; sab 15\";");
    const ImportReport report = run(ImportKind::Assistants, quoted);
    QVERIFY2(report.errors.isEmpty(), qPrintable(codes(report).join(QLatin1Char(' '))));
    QCOMPARE(report.created, 2);
    PeopleRepository people(db(), m_clock);
    auto longo = people.assistant(*people.assistantIdByCode(QStringLiteral("A010")));
    QCOMPARE(longo->schoolId, 1);
    QCOMPARE(longo->safetyCourse, SafetyCourse::Done);
    QCOMPARE(longo->safetyCourseOn, QDate(2021, 1, 23));
    QCOMPARE(longo->subjectIds, QList<int>({ Fixture::Matematica, Fixture::Inglese }));
    QCOMPARE(longo->availability, QList<int>({ 115, 116, 117 }));
    QCOMPARE(longo->tutorId, m_f.tutor);
    auto pozzi = people.assistant(*people.assistantIdByCode(QStringLiteral("A011")));
    QCOMPARE(pozzi->schoolId, 15); // ITI Cartesio
    QCOMPARE(pozzi->safetyCourse, SafetyCourse::Enrolled);
    QCOMPARE(pozzi->availability, QList<int>({ 316, 317, 615 }));
}

void TestTutoringImport::badAssistants()
{
    const QByteArray csv
        = "code,family_name,given_name,school,class_year,comune,subjects,safety_course,safety_course_on,availability\n"
          "A020,Longo,Elisa,Liceo Inesistente,5,Milano,Matematica,svolto,23/01/2021,lun 15\n"
          "A021,Pozzi,Diego,Liceo Parini,3,Milano,Matematica,svolto,23/01/2021,lun 15\n"
          "A022,Riva,Ugo,Liceo Parini,4,Milano,Astronomia,svolto,23/01/2021,lun 15\n"
          "A023,Riva,Eva,Liceo Parini,4,Milano,Latino,svolto,,lun 15\n"
          "A024,Neri,Ada,Liceo Parini,4,Milano,Latino,forse,,lun 15\n"
          "A025,Neri,Ivo,Liceo Parini,4,Milano,Latino,no,,lunedì alle 15\n"
          "A026,Neri,Eli,Liceo,4,Milano,Latino,no,,\n";
    const ImportReport report = run(ImportKind::Assistants, csv);
    QCOMPARE(codes(report),
        QStringList({ "2:school:tutoring.unknown_school_name", "3:class_year:tutoring.bad_class",
            "4:subjects:tutoring.unknown_subject_name", "5:safety_course_on:tutoring.course_date_missing",
            "6:safety_course:tutoring.bad_course_state", "7:availability:tutoring.bad_availability",
            "8:school:tutoring.unknown_school_name" }));
    QCOMPARE(testsupport::rowCount(db(), QStringLiteral("tutoring_assistant")), 3);
}

void TestTutoringImport::bookings()
{
    QVERIFY(core::runQuery(db(), QStringLiteral("SELECT 1")).ok());
    // The BES pupil needs a stable assistant for her hours.
    QVERIFY(core::runQuery(db(),
        QStringLiteral("INSERT INTO tutoring_bes_assignment(id, pupil_id, assistant_id, first_day, assigned_at, "
                       "assigned_by) VALUES (77, ?, ?, '2021-02-04', 0, 'test')"),
        { m_f.bes, m_f.moretti })
                .ok());
    m_clock.set(QDateTime(QDate(2021, 3, 20), QTime(9, 0)));
    const QByteArray csv = "codice_ragazzo;materia;codice_assistente;data;ora;esito;tutor\n"
                           "R001;Ambito generale;A001;02/03/2021;15;svolta;\n"
                           "R001;ambito_generale;A003;03/03/2021;16:00;assente;\n"
                           "R002;Matematica;A001;02/03/2021;16-17;svolta;T01\n"
                           "R002;Inglese;A003;04/03/2021;17;annullata;\n"
                           "R003;Ambito generale;A003;06/03/2021;15;;\n"
                           "R001;Ambito generale;A001;22/03/2021;15;;\n";
    const ImportReport report = run(ImportKind::Bookings, csv);
    QVERIFY2(report.errors.isEmpty(), qPrintable(codes(report).join(QLatin1Char(' '))));
    QCOMPARE(report.created, 6);
    QCOMPARE(report.outcomes, 4);
    auto q = core::runQuery(db(),
        QStringLiteral("SELECT state, channel, coalesce(taught_by, ''), tutor_id IS NOT NULL FROM tutoring_lesson "
                       "ORDER BY day, start_hour"));
    QStringList rows;
    while (q->next())
        rows.append(
            QStringLiteral("%1/%2/%3/%4")
                .arg(q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString()));
    QCOMPARE(rows,
        QStringList({ "given/platform/assistant/0", "given/platform/tutor/1", "no_show/platform//0",
            "cancelled/platform//0", "booked/bes//0", "booked/platform//0" }));
}

void TestTutoringImport::refusedBookingsNameTheRuleAndOfferSlots()
{
    const int before = testsupport::rowCount(db(), QStringLiteral("tutoring_booking"));
    const QByteArray csv = "pupil_code,subject,assistant_code,date,hour,outcome\n"
                           "R001,Ambito generale,A001,02/03/2021,15,\n" // 2: fine (not written: the file has errors)
                           "R001,Ambito generale,A003,02/03/2021,16,\n" // 3: same subject, same day
                           "R002,Matematica,A001,02/03/2021,15,\n" // 4: Conti busy
                           "R002,Matematica,A002,03/03/2021,15,\n" // 5: Ricci without the course
                           "R002,Matematica,A001,07/03/2021,15,\n" // 6: Sunday
                           "R002,Matematica,A001,03/03/2021,19,\n" // 7: 19:00
                           "R002,Matematica,A001,12/04/2021,15,\n" // 8: after the service
                           "R001,Inglese,A003,04/03/2021,15,\n" // 9: English for a middle-school pupil
                           "R009,Matematica,A001,04/03/2021,15,\n" // 10: unknown pupil
                           "R003,Ambito generale,A003,04/03/2021,15,\n" // 11: BES pupil without assignment
                           "R002,Matematica,A001,05/03/2021,15,svolta\n"; // 12: given before it happened
    const ImportReport report = run(ImportKind::Bookings, csv);
    QCOMPARE(codes(report),
        QStringList({ "3:date:tutoring.same_subject_same_day", "4:assistant_code:tutoring.assistant_busy",
            "5:assistant_code:tutoring.assistant_no_course", "6:date:tutoring.closed_day",
            "7:hour:tutoring.outside_hours", "8:date:tutoring.outside_period",
            "9:subject:tutoring.subject_school_order", "10:pupil_code:tutoring.unknown_pupil_code",
            "11:pupil_code:tutoring.bes_no_assignment", "12:outcome:tutoring.outcome_too_early" }));
    // Slot rules come with the next free slots.
    QCOMPARE(report.errors.at(1).alternatives.size(), 5);
    QCOMPARE(report.errors.at(1).alternatives.first().hour, 16);
    QVERIFY(!report.errors.at(2).alternatives.isEmpty());
    QCOMPARE(report.errors.at(2).alternatives.first().assistantId, m_f.conti);
    QVERIFY(report.errors.at(5).alternatives.isEmpty()); // nothing after the service
    QCOMPARE(testsupport::rowCount(db(), QStringLiteral("tutoring_booking")), before);
    QCOMPARE(testsupport::rowCount(db(), QStringLiteral("tutoring_outcome")), 0);
}

QTEST_GUILESS_MAIN(TestTutoringImport)
#include "tst_tutoringimport.moc"
