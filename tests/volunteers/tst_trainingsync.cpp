// Training's tables through the sync engine: a course set up on one
// workstation, then worked on both while apart (attendance of the same
// session marked on each, different fields of the edition edited, an
// exercise recorded): after the exchange both hold the same rows, the
// attendance is the union of the two sets, and both edits survive.

#include "core/db/sql.h"
#include "core/sync/tableregistry.h"
#include "volunteers/domain/organisationrepository.h"
#include "volunteers/domain/trainingrepository.h"
#include "volunteers/domain/volunteerssync.h"
#include "support/workstationpair.h"

#include <QTest>

using namespace volunteers;
using testsupport::WorkstationPair;

class TestTrainingSync : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void tablesAreDeclared();
    void workDoneApartEndsTheSame();
};

void TestTrainingSync::initTestCase()
{
    volunteers::declareSyncTables();
}

void TestTrainingSync::tablesAreDeclared()
{
    using core::sync::TableKind;
    using core::sync::TableRegistry;
    for (const char *table :
        { "training_course", "training_edition", "training_session", "training_participant", "training_exercise" })
        QCOMPARE(TableRegistry::kind(QString::fromLatin1(table)), TableKind::Mutable);
    QCOMPARE(TableRegistry::kind(QStringLiteral("training_attendance")), TableKind::SetMember);
    QCOMPARE(TableRegistry::setKey(QStringLiteral("training_attendance")),
        (QStringList { QStringLiteral("session_id"), QStringLiteral("participant_id") }));
}

void TestTrainingSync::workDoneApartEndsTheSame()
{
    WorkstationPair pair(1, 2);
    QVERIFY2(pair.isValid(), qPrintable(pair.errorText()));
    const QSqlDatabase a = pair.a();
    const QSqlDatabase b = pair.b();

    Organisation o;
    o.name = QStringLiteral("Gruppo Comunale PC Segrate");
    o.comuneId = 15146;
    QVERIFY(OrganisationRepository(a).save(o).ok());
    TrainingRepository onA(a);
    Course c;
    c.code = QStringLiteral("BASE");
    c.title = QStringLiteral("Corso base");
    QVERIFY(onA.saveCourse(c).ok());
    Edition e;
    e.courseId = c.id;
    e.code = QStringLiteral("BASE-2020-1");
    e.startDate = QDate(2020, 1, 18);
    e.endDate = QDate(2020, 2, 15);
    QVERIFY(onA.saveEdition(e).ok());
    TrainingSession s;
    s.editionId = e.id;
    s.day = QDate(2020, 1, 18);
    s.minutes = 240;
    QVERIFY(onA.saveSession(s).ok());
    QList<qint64> people;
    for (const char *name : { "Rossi", "Bianchi", "Verdi" }) {
        Participant p;
        p.editionId = e.id;
        p.lastName = QString::fromLatin1(name);
        p.firstName = QStringLiteral("Anna");
        p.enrolledOn = QDate(2020, 1, 10);
        QVERIFY(onA.enrol(p).ok());
        people.append(p.id);
    }
    QVERIFY(pair.exchange());
    QCOMPARE(pair.differingTables(), QStringList());

    // Apart: each marks someone present at the same session and edits a
    // different field of the edition; 2 records an exercise.
    pair.tick();
    QVERIFY(onA.setAttendance(s.id, { people.at(0), people.at(1) }).ok());
    Edition onAEdition = *onA.edition(e.id);
    onAEdition.place = QStringLiteral("Idroscalo");
    QVERIFY(onA.saveEdition(onAEdition).ok());
    pair.tick();
    TrainingRepository onB(b);
    QVERIFY(onB.setAttendance(s.id, { people.at(1), people.at(2) }).ok());
    Edition onBEdition = *onB.edition(e.id);
    onBEdition.notes = QStringLiteral("Aula grande");
    QVERIFY(onB.saveEdition(onBEdition).ok());
    Exercise x;
    x.organisationId = o.id;
    x.title = QStringLiteral("Esercitazione idraulica");
    x.scenario = Exercise::Scenario::HydroMeteo;
    x.startDate = QDate(2020, 9, 12);
    x.endDate = QDate(2020, 9, 12);
    x.participants = 10;
    x.personDays = 10;
    QVERIFY(onB.saveExercise(x).ok());

    QVERIFY(pair.exchange());
    QCOMPARE(pair.differingTables(), QStringList());
    for (const QSqlDatabase &db : { a, b }) {
        TrainingRepository r(db);
        QCOMPARE(r.attendance(s.id).value(), (QSet<qint64> { people.at(0), people.at(1), people.at(2) }));
        const Edition merged = r.edition(e.id).value();
        QCOMPARE(merged.place, QStringLiteral("Idroscalo"));
        QCOMPARE(merged.notes, QStringLiteral("Aula grande"));
        QCOMPARE(r.exercises(2020).value().size(), 1);
    }
}

QTEST_GUILESS_MAIN(TestTrainingSync)
#include "tst_trainingsync.moc"
