// Training and exercises through their commands (volunteers/domain/
// trainingcommands.h) on the volunteers' fixture: a course from enrolment
// to certificate and the qualification it grants with its expiry; the
// certificate refused for a failed test and for too little attendance;
// bad input refused with an Italian-ready message and nothing written; a
// role without volunteers.training refused; the renewal activity report
// against the records (activations, exercises, courses, and the vehicles
// and equipment of the Colonna Mobile's own report).

#include "volunteerfixture.h"

#include "core/auth/permissions.h"
#include "core/commands/commandrunner.h"
#include "core/db/sql.h"
#include "core/reporting/reportcsv.h"
#include "core/reporting/reportrenderer.h"
#include "core/ui/errortext.h"
#include "fleet/domain/fleetrepository.h"
#include "support/permissionprobe.h"
#include "support/testaccounts.h"
#include "volunteers/domain/activationledger.h"
#include "volunteers/domain/trainingcertificate.h"
#include "volunteers/domain/trainingcommands.h"
#include "volunteers/domain/trainingrepository.h"
#include "volunteers/domain/volunteerrepository.h"
#include "volunteers/renewal/renewalactivityreport.h"
#include "volunteers/ui/volunteererrors.h"

#include <QApplication>
#include <QTest>

#include <functional>

using namespace volunteers;

namespace {

qint64 count(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    return core::queryValue(db, sql, binds)->toLongLong();
}

} // namespace

// What a test builds: a course with a final test (18/30, 80%), an edition
// of three sessions of two hours, rossi and bianchi enrolled.
struct TrainingWorld {
    qint64 course = 0;
    qint64 edition = 0;
    QList<qint64> sessions;
    qint64 rossi = 0; // participant ids
    qint64 bianchi = 0;
};
using MakeCommand = std::function<std::shared_ptr<core::Command>(const VolunteerFixture &, const TrainingWorld &)>;
Q_DECLARE_METATYPE(MakeCommand)

class TestTraining : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void passedCourseGrantsTheQualification();
    void certificateRefusedForFailedTest();
    void certificateRefusedForShortAttendance();
    void reprintKeepsTheNumber();
    void badInputWritesNothing_data();
    void badInputWritesNothing();
    void roleWithoutTrainingIsRefused();
    void editingWhatIsInUse_data();
    void editingWhatIsInUse();
    void renewalReportMatchesTheRecords();
    void renewalReportBadInput_data();
    void renewalReportBadInput();

private:
    core::Status run(core::Command &command) const { return core::CommandRunner(f->db(), f->clock).run(command); }
    template<typename C>
    core::Status run(std::shared_ptr<C> command) const { return run(*command); }
    void buildWorld();
    std::unique_ptr<VolunteerFixture> f;
    TrainingWorld w;
};

void TestTraining::initTestCase()
{
    VolunteerErrors::registerOnce();
}

void TestTraining::init()
{
    f = std::make_unique<VolunteerFixture>();
    QVERIFY2(f->ok, qPrintable(f->error));
    QVERIFY(testsupport::createRoleAccounts(f->db(), f->clock));
    QVERIFY(testsupport::signInAs(f->db(), QStringLiteral("oper"), f->clock));
    w = {};
    buildWorld();
}

void TestTraining::cleanup()
{
    if (f)
        testsupport::signOut(f->db());
    f.reset();
}

void TestTraining::buildWorld()
{
    Course c;
    c.code = QStringLiteral("COVID-MANAGER");
    c.title = QStringLiteral("Covid manager");
    c.minAttendance = 80;
    c.finalTest = true;
    c.passScore = 18;
    c.maxScore = 30;
    c.qualification = QStringLiteral("Covid manager");
    c.validityMonths = 12;
    auto course = std::make_shared<SaveCourse>(c);
    QVERIFY(run(course).ok());
    w.course = course->courseId();
    Edition e;
    e.courseId = w.course;
    e.code = QStringLiteral("COVID-2020-1");
    e.startDate = QDate(2020, 12, 14);
    e.endDate = QDate(2020, 12, 18);
    e.mode = Edition::Mode::Remote;
    auto edition = std::make_shared<SaveEdition>(e);
    QVERIFY(run(edition).ok());
    w.edition = edition->editionId();
    for (const QDate &day : { QDate(2020, 12, 14), QDate(2020, 12, 16), QDate(2020, 12, 18) }) {
        TrainingSession s;
        s.editionId = w.edition;
        s.day = day;
        s.startTime = QStringLiteral("21:00");
        s.minutes = 120;
        s.trainer = QStringLiteral("Elena Conti");
        auto session = std::make_shared<SaveSession>(s);
        QVERIFY(run(session).ok());
        w.sessions.append(session->sessionId());
    }
    for (qint64 *target : { &w.rossi, &w.bianchi }) {
        Participant p;
        p.editionId = w.edition;
        p.volunteerId = target == &w.rossi ? f->rossi : f->bianchi;
        p.enrolledOn = QDate(2020, 12, 1);
        auto enrol = std::make_shared<EnrolParticipant>(p);
        QVERIFY(run(enrol).ok());
        *target = enrol->participantId();
    }
}

void TestTraining::passedCourseGrantsTheQualification()
{
    for (qint64 session : std::as_const(w.sessions))
        QVERIFY(run(std::make_shared<SetSessionAttendance>(session, QSet<qint64> { w.rossi, w.bianchi })).ok());
    QVERIFY(run(std::make_shared<RecordTestResult>(w.rossi, TestResult::Passed, 25)).ok());
    auto issue = std::make_shared<IssueTrainingCertificate>(w.rossi, QDate(2020, 12, 21));
    const core::Status s = run(issue);
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().code));
    QCOMPARE(issue->number(), QStringLiteral("COVID-2020-1/001"));
    // The qualification, in the volunteers' own table: obtained on the last
    // day of the edition, expiring 12 months later.
    QVERIFY(issue->qualificationId() != 0);
    auto q = core::runQuery(f->db(),
        QStringLiteral("SELECT volunteer_id, kind, name, obtained_on, expires_on FROM volunteer_qualification WHERE id = ?"),
        { issue->qualificationId() });
    QVERIFY(q && q->next());
    QCOMPARE(q->value(0).toLongLong(), f->rossi);
    QCOMPARE(q->value(1).toString(), QStringLiteral("qualification"));
    QCOMPARE(q->value(2).toString(), QStringLiteral("Covid manager"));
    QCOMPARE(q->value(3).toString(), QStringLiteral("2020-12-18"));
    QCOMPARE(q->value(4).toString(), QStringLiteral("2021-12-18"));
    // The certificate: the same renderer as the attestati.
    auto content = certificateContent(f->db(), w.rossi);
    QVERIFY(content.ok());
    QCOMPARE(content->attendedMinutes, 360);
    QCOMPARE(content->qualificationExpires, QDate(2021, 12, 18));
    const QByteArray pdf = core::ReportRenderer(trainingCertificateDocument(*content)).pdfData();
    QVERIFY(pdf.startsWith("%PDF"));
    // The next certificate of the edition takes the next number.
    QVERIFY(run(std::make_shared<RecordTestResult>(w.bianchi, TestResult::Passed, 18)).ok());
    auto second = std::make_shared<IssueTrainingCertificate>(w.bianchi, QDate(2020, 12, 21));
    QVERIFY(run(second).ok());
    QCOMPARE(second->number(), QStringLiteral("COVID-2020-1/002"));
    QCOMPARE(count(f->db(), QStringLiteral("SELECT count(*) FROM audit_event WHERE kind = 'command' AND detail LIKE ?"),
                 { QStringLiteral("%volunteers.training.certificate%") }),
        qint64(2));
}

void TestTraining::certificateRefusedForFailedTest()
{
    for (qint64 session : std::as_const(w.sessions))
        QVERIFY(run(std::make_shared<SetSessionAttendance>(session, QSet<qint64> { w.rossi })).ok());
    QVERIFY(run(std::make_shared<RecordTestResult>(w.rossi, TestResult::Failed, 12)).ok());
    const QByteArray before = testsupport::contentHash(f->db());
    IssueTrainingCertificate issue(w.rossi, QDate(2020, 12, 21));
    const core::Status s = run(issue);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, QStringLiteral("training.test_failed"));
    QVERIFY(!core::ErrorText::describe(s.error()).contains(QLatin1String("training.")));
    QCOMPARE(testsupport::contentHash(f->db()), before);
    QCOMPARE(count(f->db(), QStringLiteral("SELECT count(*) FROM volunteer_qualification WHERE volunteer_id = ?"),
                 { f->rossi }),
        qint64(0));
    auto content = certificateContent(f->db(), w.rossi);
    QVERIFY(!content.ok());
    QCOMPARE(content.error().code, QStringLiteral("training.test_failed"));
}

void TestTraining::certificateRefusedForShortAttendance()
{
    // Two sessions of three: 66%, the course asks 80%: not admitted to the test.
    QVERIFY(run(std::make_shared<SetSessionAttendance>(w.sessions.at(0), QSet<qint64> { w.rossi })).ok());
    QVERIFY(run(std::make_shared<SetSessionAttendance>(w.sessions.at(1), QSet<qint64> { w.rossi })).ok());
    RecordTestResult notAdmitted(w.rossi, TestResult::Passed, 30);
    QCOMPARE(run(notAdmitted).error().code, QStringLiteral("training.not_admitted"));
    // Present at all three, the test passed; then the third session is
    // corrected to absent: the certificate is refused.
    QVERIFY(run(std::make_shared<SetSessionAttendance>(w.sessions.at(2), QSet<qint64> { w.rossi })).ok());
    QVERIFY(run(std::make_shared<RecordTestResult>(w.rossi, TestResult::Passed, 30)).ok());
    QVERIFY(run(std::make_shared<SetSessionAttendance>(w.sessions.at(2), QSet<qint64> {})).ok());
    const QByteArray before = testsupport::contentHash(f->db());
    IssueTrainingCertificate issue(w.rossi, QDate(2020, 12, 21));
    const core::Status s = run(issue);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, QStringLiteral("training.attendance_insufficient"));
    QCOMPARE(s.error().args.value(0), QStringLiteral("66"));
    QCOMPARE(s.error().args.value(1), QStringLiteral("80"));
    QCOMPARE(testsupport::contentHash(f->db()), before);
    // The third session makes it.
    QVERIFY(run(std::make_shared<SetSessionAttendance>(w.sessions.at(2), QSet<qint64> { w.rossi })).ok());
    QVERIFY(run(issue).ok());
}

void TestTraining::reprintKeepsTheNumber()
{
    for (qint64 session : std::as_const(w.sessions))
        QVERIFY(run(std::make_shared<SetSessionAttendance>(session, QSet<qint64> { w.rossi })).ok());
    QVERIFY(run(std::make_shared<RecordTestResult>(w.rossi, TestResult::Passed, 20)).ok());
    auto first = std::make_shared<IssueTrainingCertificate>(w.rossi, QDate(2020, 12, 21));
    QVERIFY(run(first).ok());
    auto again = std::make_shared<IssueTrainingCertificate>(w.rossi, QDate(2021, 1, 10));
    QVERIFY(run(again).ok());
    QCOMPARE(again->number(), first->number());
    QCOMPARE(again->qualificationId(), first->qualificationId());
    QCOMPARE(count(f->db(), QStringLiteral("SELECT count(*) FROM volunteer_qualification WHERE volunteer_id = ?"),
                 { f->rossi }),
        qint64(1));
    // And the result cannot change any more.
    RecordTestResult change(w.rossi, TestResult::Failed, 3);
    QCOMPARE(run(change).error().code, QStringLiteral("training.certificate_issued"));
}

void TestTraining::badInputWritesNothing_data()
{
    QTest::addColumn<MakeCommand>("make");
    QTest::addColumn<QString>("error");
    QTest::newRow("course without title") << MakeCommand([](const VolunteerFixture &, const TrainingWorld &) {
        Course c;
        c.code = QStringLiteral("X");
        return std::make_shared<SaveCourse>(c);
    }) << "training.course_title_missing";
    QTest::newRow("course code taken") << MakeCommand([](const VolunteerFixture &, const TrainingWorld &) {
        Course c;
        c.code = QStringLiteral("covid-manager");
        c.title = QStringLiteral("Altro");
        return std::make_shared<SaveCourse>(c);
    }) << "training.course_code_taken";
    QTest::newRow("course pass above highest") << MakeCommand([](const VolunteerFixture &, const TrainingWorld &) {
        Course c;
        c.code = QStringLiteral("X");
        c.title = QStringLiteral("Corso");
        c.finalTest = true;
        c.passScore = 40;
        c.maxScore = 30;
        return std::make_shared<SaveCourse>(c);
    }) << "training.test_scores";
    QTest::newRow("edition ends before it starts") << MakeCommand([](const VolunteerFixture &, const TrainingWorld &w) {
        Edition e;
        e.courseId = w.course;
        e.code = QStringLiteral("E2");
        e.startDate = QDate(2021, 1, 10);
        e.endDate = QDate(2021, 1, 1);
        return std::make_shared<SaveEdition>(e);
    }) << "training.edition_dates";
    QTest::newRow("edition shrunk under its sessions")
        << MakeCommand([](const VolunteerFixture &f, const TrainingWorld &w) {
               Edition e = *TrainingRepository(f.db()).edition(w.edition);
               e.endDate = QDate(2020, 12, 16);
               return std::make_shared<SaveEdition>(e);
           })
        << "training.sessions_outside";
    QTest::newRow("session outside the edition") << MakeCommand([](const VolunteerFixture &, const TrainingWorld &w) {
        TrainingSession s;
        s.editionId = w.edition;
        s.day = QDate(2020, 12, 20);
        s.minutes = 120;
        return std::make_shared<SaveSession>(s);
    }) << "training.session_outside_edition";
    QTest::newRow("session of 5 minutes") << MakeCommand([](const VolunteerFixture &, const TrainingWorld &w) {
        TrainingSession s;
        s.editionId = w.edition;
        s.day = QDate(2020, 12, 15);
        s.minutes = 5;
        return std::make_shared<SaveSession>(s);
    }) << "training.session_minutes";
    QTest::newRow("volunteer enrolled twice") << MakeCommand([](const VolunteerFixture &f, const TrainingWorld &w) {
        Participant p;
        p.editionId = w.edition;
        p.volunteerId = f.rossi;
        p.enrolledOn = QDate(2020, 12, 2);
        return std::make_shared<EnrolParticipant>(p);
    }) << "training.already_enrolled";
    QTest::newRow("student without a name") << MakeCommand([](const VolunteerFixture &, const TrainingWorld &w) {
        Participant p;
        p.editionId = w.edition;
        p.lastName = QStringLiteral("Rossi");
        p.enrolledOn = QDate(2020, 12, 2);
        return std::make_shared<EnrolParticipant>(p);
    }) << "training.participant_name_missing";
    QTest::newRow("attendance of someone not enrolled")
        << MakeCommand([](const VolunteerFixture &, const TrainingWorld &w) {
               return std::make_shared<SetSessionAttendance>(w.sessions.at(0), QSet<qint64> { w.rossi, 4242 });
           })
        << "training.participant_not_in_edition";
    QTest::newRow("score above the highest") << MakeCommand([](const VolunteerFixture &, const TrainingWorld &w) {
        return std::make_shared<RecordTestResult>(w.rossi, TestResult::Passed, 31);
    }) << "training.score_range";
    QTest::newRow("test of someone not admitted") << MakeCommand([](const VolunteerFixture &, const TrainingWorld &w) {
        return std::make_shared<RecordTestResult>(w.rossi, TestResult::Passed, 25);
    }) << "training.not_admitted";
    QTest::newRow("failed with a passing score") << MakeCommand([](const VolunteerFixture &, const TrainingWorld &w) {
        return std::make_shared<RecordTestResult>(w.rossi, TestResult::Failed, 25);
    }) << "training.result_disagrees";
    QTest::newRow("certificate without attendance") << MakeCommand([](const VolunteerFixture &, const TrainingWorld &w) {
        return std::make_shared<IssueTrainingCertificate>(w.rossi, QDate(2020, 12, 21));
    }) << "training.attendance_insufficient";
    QTest::newRow("certificate of an unknown participant")
        << MakeCommand([](const VolunteerFixture &, const TrainingWorld &) {
               return std::make_shared<IssueTrainingCertificate>(987654, QDate(2020, 12, 21));
           })
        << "training.unknown_participant";
    QTest::newRow("exercise with too many person-days")
        << MakeCommand([](const VolunteerFixture &f, const TrainingWorld &) {
               Exercise x;
               x.organisationId = f.organisation;
               x.title = QStringLiteral("Esercitazione idraulica");
               x.scenario = Exercise::Scenario::HydroMeteo;
               x.startDate = QDate(2020, 9, 12);
               x.endDate = QDate(2020, 9, 12);
               x.participants = 10;
               x.personDays = 11;
               return std::make_shared<SaveExercise>(x);
           })
        << "training.exercise_person_days";
    QTest::newRow("exercise of no organisation") << MakeCommand([](const VolunteerFixture &, const TrainingWorld &) {
        Exercise x;
        x.organisationId = 999999;
        x.title = QStringLiteral("Esercitazione");
        x.startDate = QDate(2020, 9, 12);
        x.endDate = QDate(2020, 9, 12);
        x.participants = 10;
        x.personDays = 10;
        return std::make_shared<SaveExercise>(x);
    }) << "training.organisation_missing";
}

void TestTraining::badInputWritesNothing()
{
    QFETCH(MakeCommand, make);
    QFETCH(QString, error);
    const QByteArray before = testsupport::contentHash(f->db());
    auto command = make(*f, w);
    const core::Status s = run(*command);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, error);
    // A sentence for the person, not the code.
    const QString text = core::ErrorText::describe(s.error());
    QVERIFY2(!text.isEmpty() && !text.contains(QLatin1String("training.")), qPrintable(text));
    QCOMPARE(testsupport::contentHash(f->db()), before);
}

void TestTraining::roleWithoutTrainingIsRefused()
{
    testsupport::signOut(f->db());
    QVERIFY(testsupport::signInAs(f->db(), QStringLiteral("psy"), f->clock));
    const QByteArray before = testsupport::contentHash(f->db());
    SetSessionAttendance command(w.sessions.at(0), { w.rossi });
    const core::Status s = run(command);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, QStringLiteral("auth.denied"));
    QCOMPARE(s.error().args.value(0), core::Permission::VolunteersTraining);
    QCOMPARE(testsupport::contentHash(f->db()), before);
}

// Changing a course or an edition after participants, test results or
// certificates exist: what the certificates (and the recorded results)
// rest on stays; the rest may change. Stage 0: rossi and bianchi enrolled;
// 1: rossi attended everything and passed with 25/30; 2: and his
// certificate is issued.
void TestTraining::editingWhatIsInUse_data()
{
    QTest::addColumn<int>("stage");
    QTest::addColumn<MakeCommand>("make");
    QTest::addColumn<QString>("error"); // empty: saved
    const auto course = [](std::function<void(Course &)> change) {
        return MakeCommand([change](const VolunteerFixture &f, const TrainingWorld &w) {
            Course c = *TrainingRepository(f.db()).course(w.course);
            change(c);
            return std::make_shared<SaveCourse>(c);
        });
    };
    const auto edition = [](std::function<void(Edition &)> change) {
        return MakeCommand([change](const VolunteerFixture &f, const TrainingWorld &w) {
            Edition e = *TrainingRepository(f.db()).edition(w.edition);
            change(e);
            return std::make_shared<SaveEdition>(e);
        });
    };
    QTest::newRow("course title, certified") << 2 << course([](Course &c) { c.title = "Covid manager (aggiornato)"; })
                                             << "";
    QTest::newRow("course minimum attendance, only enrolled") << 0 << course([](Course &c) { c.minAttendance = 70; })
                                                              << "";
    QTest::newRow("course minimum attendance, certified") << 2 << course([](Course &c) { c.minAttendance = 70; })
                                                          << "training.course_certified";
    QTest::newRow("course qualification, certified")
        << 2 << course([](Course &c) { c.qualification = "Referente Covid"; }) << "training.course_certified";
    QTest::newRow("course validity, certified") << 2 << course([](Course &c) { c.validityMonths = 24; })
                                                << "training.course_certified";
    QTest::newRow("course highest score, certified") << 2 << course([](Course &c) { c.maxScore = 40; })
                                                     << "training.course_certified";
    QTest::newRow("course final test dropped, results recorded")
        << 1 << course([](Course &c) { c.finalTest = false; }) << "training.course_tests_recorded";
    QTest::newRow("course pass score, results recorded") << 1 << course([](Course &c) { c.passScore = 20; })
                                                         << "training.course_tests_recorded";
    QTest::newRow("course highest under a recorded score")
        << 1 << course([](Course &c) { c.maxScore = 24; }) << "training.score_above_max";
    QTest::newRow("course highest at the recorded score") << 1 << course([](Course &c) { c.maxScore = 25; }) << "";
    QTest::newRow("course pass score, no result yet") << 0 << course([](Course &c) { c.passScore = 20; }) << "";
    QTest::newRow("course still checked as new") << 2 << course([](Course &c) { c.title = " "; })
                                                 << "training.course_title_missing";
    QTest::newRow("unknown course") << 0 << course([](Course &c) { c.id = 987654; }) << "training.unknown_course";
    QTest::newRow("edition to another course, participants")
        << 0 << MakeCommand([](const VolunteerFixture &f, const TrainingWorld &w) {
               Course other;
               other.code = "BASE";
               other.title = "Corso base";
               auto save = std::make_shared<SaveCourse>(other);
               (void)core::CommandRunner(f.db(), f.clock).run(*save);
               Edition e = *TrainingRepository(f.db()).edition(w.edition);
               e.courseId = save->courseId();
               return std::make_shared<SaveEdition>(e);
           })
        << "training.edition_course_locked";
    QTest::newRow("edition leaving out a session") << 1 << edition([](Edition &e) { e.startDate = QDate(2020, 12, 15); })
                                                   << "training.sessions_outside";
    QTest::newRow("edition widened, not certified")
        << 1 << edition([](Edition &e) { e.endDate = QDate(2020, 12, 22); }) << "";
    QTest::newRow("edition widened, certified") << 2 << edition([](Edition &e) { e.endDate = QDate(2020, 12, 22); })
                                                << "training.edition_certified";
    QTest::newRow("edition code, certified") << 2 << edition([](Edition &e) { e.code = "COVID-2020-A"; })
                                             << "training.edition_certified";
    QTest::newRow("edition code in lower case, certified") << 2 << edition([](Edition &e) { e.code = "covid-2020-1"; })
                                                           << "";
    QTest::newRow("edition place and mode, certified") << 2 << edition([](Edition &e) {
        e.place = "Idroscalo, sala corsi";
        e.mode = Edition::Mode::Mixed;
    }) << "";
    QTest::newRow("unknown edition") << 0 << edition([](Edition &e) { e.id = 987654; }) << "training.unknown_edition";
}

void TestTraining::editingWhatIsInUse()
{
    QFETCH(int, stage);
    QFETCH(MakeCommand, make);
    QFETCH(QString, error);
    if (stage >= 1) {
        for (qint64 session : std::as_const(w.sessions))
            QVERIFY(run(std::make_shared<SetSessionAttendance>(session, QSet<qint64> { w.rossi })).ok());
        QVERIFY(run(std::make_shared<RecordTestResult>(w.rossi, TestResult::Passed, 25)).ok());
    }
    if (stage >= 2)
        QVERIFY(run(std::make_shared<IssueTrainingCertificate>(w.rossi, QDate(2020, 12, 21))).ok());
    auto command = make(*f, w);
    const QByteArray before = testsupport::contentHash(f->db());
    const core::Status s = run(*command);
    if (error.isEmpty()) {
        QVERIFY2(s.ok(), qPrintable(core::ErrorText::describe(s.error())));
        QVERIFY(testsupport::contentHash(f->db()) != before);
        // Audited under the signed-in person, as a change of that row.
        QCOMPARE(core::queryValue(f->db(), QStringLiteral("SELECT detail FROM audit_event WHERE kind = 'command' "
                                                          "ORDER BY id DESC LIMIT 1"))
                     ->toString(),
            command->code() + QLatin1Char(' ') + command->auditDetail());
        return;
    }
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, error);
    const QString text = core::ErrorText::describe(s.error());
    QVERIFY2(!text.isEmpty() && !text.contains(QLatin1String("training.")), qPrintable(text));
    QCOMPARE(testsupport::contentHash(f->db()), before);
}

void TestTraining::renewalReportMatchesTheRecords()
{
    const QSqlDatabase db = f->db();
    // Activations: rossi and bianchi on 3 and 2 days of the Covid event in
    // 2020, rossi 1 day in 2021 (not counted), a volunteer of the other
    // organisation 1 day (not counted).
    ActivationLedger ledger(db, f->clock);
    const auto days = [&](QList<qint64> who, QDate from, QDate to) {
        ActivationRequest r;
        r.eventId = f->covid;
        r.volunteerIds = std::move(who);
        r.from = from;
        r.to = to;
        r.serviceId = f->coc;
        r.comuneId = f->peschiera;
        QVERIFY(ledger.record(r).ok());
    };
    days({ f->rossi }, QDate(2020, 4, 1), QDate(2020, 4, 3));
    days({ f->bianchi }, QDate(2020, 4, 2), QDate(2020, 4, 3));
    days({ f->rossi }, QDate(2021, 1, 5), QDate(2021, 1, 5));
    Volunteer other = f->makeVolunteer(
        QStringLiteral("Gialli"), QStringLiteral("Anna"), QDate(1985, 3, 3), f->otherOrganisation, 0);
    QVERIFY(VolunteerRepository(db).save(other).ok());
    days({ other.id }, QDate(2020, 5, 1), QDate(2020, 5, 1));

    // Exercises: two of the organisation in 2020, one in 2021.
    const auto exercise = [&](qint64 org, QDate from, QDate to, int people, int personDays) {
        Exercise x;
        x.organisationId = org;
        x.title = QStringLiteral("Esercitazione %1").arg(from.toString(Qt::ISODate));
        x.scenario = Exercise::Scenario::HydroMeteo;
        x.startDate = from;
        x.endDate = to;
        x.participants = people;
        x.personDays = personDays;
        QVERIFY(run(std::make_shared<SaveExercise>(x)).ok());
    };
    exercise(f->organisation, QDate(2020, 9, 12), QDate(2020, 9, 13), 12, 20);
    exercise(f->organisation, QDate(2020, 10, 3), QDate(2020, 10, 3), 8, 8);
    exercise(f->organisation, QDate(2021, 1, 9), QDate(2021, 1, 9), 5, 5);

    // The course: rossi certified.
    for (qint64 session : std::as_const(w.sessions))
        QVERIFY(run(std::make_shared<SetSessionAttendance>(session, QSet<qint64> { w.rossi })).ok());
    QVERIFY(run(std::make_shared<RecordTestResult>(w.rossi, TestResult::Passed, 20)).ok());
    QVERIFY(run(std::make_shared<IssueTrainingCertificate>(w.rossi, QDate(2020, 12, 21))).ok());

    // Vehicles and equipment: one vehicle owned, one tent lent in 2020 and
    // still out, one generator lent and back in 2020.
    fleet::FleetRepository fleetRepository(db);
    fleet::Vehicle v;
    v.plate = QStringLiteral("AB123CD");
    v.type = fleet::Vehicle::Type::OffRoad;
    v.model = QStringLiteral("Land Rover Defender 110");
    v.owner = fleet::Vehicle::Owner::Organisation;
    v.organisationId = f->organisation;
    v.registrationDate = QDate(2015, 3, 1);
    QVERIFY(fleetRepository.saveVehicle(v, f->clock.today()).ok());
    fleet::Equipment tent;
    tent.type = fleet::Equipment::Type::Tent;
    tent.description = QStringLiteral("Tenda pneumatica PI 88");
    tent.serialNumber = QStringLiteral("TND-0001");
    QVERIFY(fleetRepository.saveEquipment(tent).ok());
    fleet::Equipment generator;
    generator.type = fleet::Equipment::Type::Generator;
    generator.description = QStringLiteral("Gruppo elettrogeno 6 kW");
    generator.serialNumber = QStringLiteral("GEN-0001");
    QVERIFY(fleetRepository.saveEquipment(generator).ok());
    QVERIFY(fleetRepository.lend(tent.id, f->organisation, QDate(2020, 6, 1), QString(), 0).ok());
    QVERIFY(fleetRepository.lend(generator.id, f->organisation, QDate(2020, 6, 1), QString(), 0).ok());
    QVERIFY(fleetRepository.giveBack(generator.id, QDate(2020, 7, 1), fleet::ReturnCondition::Good, QString(), 0).ok());

    core::ReportRequest request;
    request.options = { { QStringLiteral("organisation"), QString::number(f->organisation) },
        { QStringLiteral("year"), QStringLiteral("2020") } };
    request.now = f->clock.now();
    auto doc = RenewalActivityReport::build(db, request);
    QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().code));
    const QByteArray csv = core::reportToCsv(*doc, core::CsvFlavor::Machine).replace("\r\n", "\n");
    const QList<QByteArray> lines = csv.trimmed().split('\n');
    // Header, one activation event, two exercises, one course, one vehicle,
    // one piece of equipment on loan.
    QCOMPARE(lines.size(), 7);
    QVERIFY2(lines.at(1).contains("Activation,2020-04-01,2020-04-03,") && lines.at(1).endsWith(",2,5"),
        lines.at(1).constData());
    QVERIFY2(lines.at(2).contains("Exercise,2020-09-12,2020-09-13,") && lines.at(2).endsWith(",12,20"),
        lines.at(2).constData());
    QVERIFY2(lines.at(3).contains("Exercise,2020-10-03,2020-10-03,") && lines.at(3).endsWith(",8,8"),
        lines.at(3).constData());
    QVERIFY2(lines.at(4).contains("Course,2020-12-14,2020-12-18,Covid manager,") && lines.at(4).contains("1 certified"),
        lines.at(4).constData());
    QVERIFY2(lines.at(5).contains("Vehicle owned") && lines.at(5).contains("AB 123 CD"), lines.at(5).constData());
    QVERIFY2(lines.at(6).contains("Equipment on loan") && lines.at(6).contains("TND-0001"), lines.at(6).constData());
    QVERIFY(!csv.contains("GEN-0001"));

    // Without an organisation: one row each, the same figures (two of its
    // volunteers on the course, one certified).
    request.options.remove(QStringLiteral("organisation"));
    auto all = RenewalActivityReport::build(db, request);
    QVERIFY(all.ok());
    const QByteArray allCsv = core::reportToCsv(*all, core::CsvFlavor::Machine).replace("\r\n", "\n");
    const QString name = core::queryValue(db, QStringLiteral("SELECT name FROM organisation WHERE id = ?"),
                                          { f->organisation })
                             ->toString();
    bool found = false;
    for (const QByteArray &line : allCsv.split('\n'))
        if (line.startsWith(name.toUtf8() + ',') || line.startsWith('"' + name.toUtf8())) {
            QVERIFY2(line.endsWith(",5,2,28,2,1,1"), line.constData());
            found = true;
        }
    QVERIFY2(found, allCsv.constData());
}

void TestTraining::renewalReportBadInput_data()
{
    QTest::addColumn<QString>("organisation");
    QTest::addColumn<QString>("year");
    QTest::addColumn<QString>("error");
    QTest::newRow("organisation not a number") << "abc" << "2020" << "training.unknown_organisation";
    QTest::newRow("unknown organisation") << "424242" << "2020" << "training.unknown_organisation";
    QTest::newRow("year not a number") << "" << "duemila" << "training.year_invalid";
    QTest::newRow("year out of range") << "" << "1999" << "training.year_invalid";
}

void TestTraining::renewalReportBadInput()
{
    QFETCH(QString, organisation);
    QFETCH(QString, year);
    QFETCH(QString, error);
    core::ReportRequest request;
    if (!organisation.isEmpty())
        request.options.insert(QStringLiteral("organisation"), organisation);
    request.options.insert(QStringLiteral("year"), year);
    auto doc = RenewalActivityReport::build(f->db(), request);
    QVERIFY(!doc.ok());
    QCOMPARE(doc.error().code, error);
    QVERIFY(!core::ErrorText::describe(doc.error()).contains(QLatin1String("training.")));
}

QTEST_MAIN(TestTraining)
#include "tst_training.moc"
