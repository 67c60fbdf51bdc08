#include "volunteers/demo/trainingdemo.h"

#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "volunteers/demo/demonames.h"
#include "volunteers/domain/trainingcommands.h"
#include "volunteers/domain/trainingrepository.h"

#include <QSqlQuery>

#include <algorithm>

namespace volunteers {

using core::Error;
using core::Status;

namespace {

QString demoText(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

struct SessionPlan {
    QDate day;
    const char *start;
    int minutes;
    const char *topic;
    const char *trainer;
};

struct EditionPlan {
    QString courseCode;
    QString code;
    Edition::Mode mode;
    const char *place;
    QList<SessionPlan> sessions;
    int participants; // volunteers drawn, or students
    int absentPercent; // chance of missing each session
    int failPercent; // chance of failing the test when admitted
};

// Ids of active volunteers in a fixed order, for drawing participants.
core::Result<QList<qint64>> activeVolunteers(const QSqlDatabase &db)
{
    auto q = core::runQuery(db, QStringLiteral("SELECT id FROM volunteer WHERE active = 1 ORDER BY id"));
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q->next())
        ids.append(q->value(0).toLongLong());
    return ids;
}

Status runDemo(core::DemoContext &context)
{
    context.progress(QStringLiteral("training"));
    const QSqlDatabase db = context.db;
    QRandomGenerator &random = context.random;
    const QDate today = core::demoNow(context).date();
    core::Transaction tx(db);
    if (!tx)
        return tx.error();
    TrainingRepository repository(db);

    // Courses ---------------------------------------------------------------
    QHash<QString, Course> courses;
    const auto addCourse = [&](const char *code, const char *title, Course::Audience audience, int minAttendance,
                               int pass, int max, const char *qualification, int months) -> Status {
        Course c;
        c.code = QString::fromLatin1(code);
        c.title = demoText(title);
        c.audience = audience;
        c.minAttendance = minAttendance;
        c.finalTest = max > 0;
        c.passScore = pass;
        c.maxScore = max;
        c.qualification = demoText(qualification);
        c.validityMonths = months;
        if (auto s = TrainingRules::checkCourse(c); !s)
            return s;
        if (auto s = repository.saveCourse(c); !s)
            return s;
        courses.insert(c.code, c);
        return {};
    };
    for (const Status &s : {
             addCourse("BASE", "Corso base per volontari di protezione civile", Course::Audience::Volunteers, 80, 18,
                 30, "Volontario operativo di protezione civile", 0),
             addCourse("SICUREZZA", "Sicurezza dei volontari (D.Lgs. 81/2008)", Course::Audience::Volunteers, 100, 0,
                 0, "Formazione sicurezza D.Lgs. 81/2008", 60),
             addCourse("COVID-MANAGER", "Covid manager: prevenzione e controllo anti-contagio",
                 Course::Audience::Volunteers, 100, 7, 10, "Covid manager", 12),
             addCourse("PC-STUDENTI", "Corso base di protezione civile per studenti (ConosciAMO)",
                 Course::Audience::Students, 70, 6, 10, "", 0),
         })
        if (!s)
            return s;

    // Editions and sessions ------------------------------------------------------
    const QList<EditionPlan> plans {
        { QStringLiteral("BASE"), QStringLiteral("BASE-2020-1"), Edition::Mode::Presence,
            "Sede CCV-MI, Idroscalo",
            { { QDate(2020, 1, 18), "09:00", 240, "Il sistema di protezione civile", "Laura Bianchi" },
                { QDate(2020, 1, 25), "09:00", 240, "Rischi del territorio e pianificazione", "Paolo Colombo" },
                { QDate(2020, 2, 1), "09:00", 240, "Sicurezza e DPI", "Giulia Ferrari" },
                { QDate(2020, 2, 8), "09:00", 240, "Radiocomunicazioni", "Marco Galli" },
                { QDate(2020, 2, 15), "09:00", 240, "Logistica e campo base; test finale", "Laura Bianchi" } },
            28, 8, 10 },
        { QStringLiteral("BASE"), QStringLiteral("BASE-2020-2"), Edition::Mode::Remote, "Formazione a distanza",
            { { QDate(2020, 10, 6), "20:30", 150, "Il sistema di protezione civile", "Laura Bianchi" },
                { QDate(2020, 10, 13), "20:30", 150, "Rischi del territorio e pianificazione", "Paolo Colombo" },
                { QDate(2020, 10, 20), "20:30", 150, "Sicurezza e misure anti-contagio", "Giulia Ferrari" },
                { QDate(2020, 10, 27), "20:30", 150, "Radiocomunicazioni", "Marco Galli" },
                { QDate(2020, 11, 3), "20:30", 150, "Il volontario in emergenza; test finale", "Laura Bianchi" } },
            34, 10, 8 },
        { QStringLiteral("SICUREZZA"), QStringLiteral("SICUREZZA-2020-1"), Edition::Mode::Remote, "Formazione a distanza",
            { { QDate(2020, 9, 15), "20:30", 120, "D.Lgs. 81/2008 e volontariato", "Giulia Ferrari" },
                { QDate(2020, 9, 17), "20:30", 120, "DPI e scenari di rischio", "Giulia Ferrari" } },
            45, 6, 0 },
        // "Erogazione di due incontri di due ore cadauno: mercoledì 16 e
        // venerdì 18 dicembre (h 21 - 23)" and "test finale di verifica personale".
        { QStringLiteral("COVID-MANAGER"), QStringLiteral("COVID-2020-1"), Edition::Mode::Remote,
            "Formazione a distanza",
            { { QDate(2020, 12, 16), "21:00", 120, "Misure di prevenzione e controllo anti-contagio",
                  "Stefano Ricci (Covid manager)" },
                { QDate(2020, 12, 18), "21:00", 120, "Rapporti con il Sistema Sanitario Regionale; test finale",
                    "Elena Conti (RSPP)" } },
            96, 7, 9 },
        { QStringLiteral("PC-STUDENTI"), QStringLiteral("STUDENTI-2021-1"), Edition::Mode::Remote,
            "Formazione a distanza",
            { { QDate(2021, 2, 9), "15:00", 120, "Che cos'è la protezione civile", "Laura Bianchi" },
                { QDate(2021, 2, 16), "15:00", 120, "I rischi del territorio metropolitano", "Paolo Colombo" },
                { QDate(2021, 2, 23), "15:00", 120, "Io non rischio: i comportamenti corretti", "Giulia Ferrari" },
                { QDate(2021, 3, 2), "15:00", 120, "Il volontariato e la colonna mobile; test finale",
                    "Marco Galli" } },
            demoStudentsEnrolled, 12, 7 },
    };

    auto volunteerIds = activeVolunteers(db);
    if (!volunteerIds)
        return volunteerIds.error();
    const QStringList schools { demoText("IIS Bazzi, Milano"), demoText("Liceo Donatelli-Pascal, Milano"),
        demoText("IIS Machiavelli, Pioltello"), demoText("ITIS Cartesio, Cinisello Balsamo"), demoText("IIS Falcone-Righi, Corsico"),
        demoText("Liceo Cavalleri, Parabiago") };

    for (const EditionPlan &plan : plans) {
        const Course &course = courses[plan.courseCode];
        Edition edition;
        edition.courseId = course.id;
        edition.code = plan.code;
        edition.startDate = plan.sessions.constFirst().day;
        edition.endDate = plan.sessions.constLast().day;
        edition.mode = plan.mode;
        edition.place = demoText(plan.place);
        if (edition.startDate > today)
            continue; // a demo built for an earlier day
        if (auto s = repository.saveEdition(edition); !s)
            return s;
        QList<qint64> sessionIds;
        for (const SessionPlan &p : plan.sessions) {
            TrainingSession session;
            session.editionId = edition.id;
            session.day = p.day;
            session.startTime = QString::fromLatin1(p.start);
            session.minutes = p.minutes;
            session.place = edition.place;
            session.topic = demoText(p.topic);
            session.trainer = demoText(p.trainer);
            if (auto s = TrainingRules::checkSession(session, edition); !s)
                return s;
            if (auto s = repository.saveSession(session); !s)
                return s;
            sessionIds.append(session.id);
        }
        // Participants: volunteers drawn without repeats, or students.
        QList<qint64> participantIds;
        QList<qint64> pool = *volunteerIds;
        for (int i = 0; i < plan.participants; ++i) {
            Participant p;
            p.editionId = edition.id;
            p.enrolledOn = edition.startDate.addDays(-7 - random.bounded(20));
            if (course.audience == Course::Audience::Students) {
                p.lastName = demo::surnames().at(random.bounded(int(demo::surnames().size())));
                const QStringList &names = random.bounded(2) ? demo::femaleNames() : demo::maleNames();
                p.firstName = names.at(random.bounded(int(names.size())));
                p.affiliation = schools.at(random.bounded(int(schools.size())));
            } else {
                if (pool.isEmpty())
                    break;
                p.volunteerId = pool.takeAt(random.bounded(int(pool.size())));
            }
            if (auto s = repository.enrol(p); !s)
                return s;
            participantIds.append(p.id);
        }
        // Attendance per session.
        for (qint64 sessionId : std::as_const(sessionIds)) {
            QSet<qint64> present;
            for (qint64 id : std::as_const(participantIds))
                if (int(random.bounded(100)) >= plan.absentPercent)
                    present.insert(id);
            if (auto s = repository.setAttendance(sessionId, present); !s)
                return s;
        }
        // Final test for the admitted, then the certificates.
        const QDate issueDay = edition.endDate.addDays(3 + random.bounded(5));
        auto participants = repository.participants(edition.id);
        if (!participants)
            return participants.error();
        for (Participant p : std::as_const(*participants)) {
            if (!TrainingRules::attendanceSufficient(p.attendedMinutes, p.totalMinutes, course.minAttendance))
                continue; // not admitted
            if (course.finalTest) {
                const bool fails = int(random.bounded(100)) < plan.failPercent;
                const int score = fails ? int(random.bounded(course.passScore))
                                        : course.passScore + int(random.bounded(course.maxScore - course.passScore + 1));
                p.testResult = fails ? TestResult::Failed : TestResult::Passed;
                p.testScore = score;
                if (auto s = repository.setTestResult(p.id, p.testResult, score); !s)
                    return s;
            }
            if (issueDay > today || !TrainingRules::checkCertificate(course, p))
                continue;
            QString number;
            qint64 qualificationId = 0;
            if (auto s = issueTrainingCertificate(db, p.id, issueDay, &number, &qualificationId); !s)
                return s;
        }
    }

    // Exercises: a few per year for some organisations, fewer in 2020.
    auto q = core::runQuery(db, QStringLiteral("SELECT id, comune_id FROM organisation WHERE active = 1 ORDER BY id"));
    if (!q)
        return q.error();
    QList<QPair<qint64, int>> organisations;
    while (q->next())
        organisations.append({ q->value(0).toLongLong(), q->value(1).toInt() });
    const char *const titles[] = { "Esercitazione rischio idraulico", "Esercitazione ricerca dispersi",
        "Esercitazione antincendio boschivo", "Esercitazione di evacuazione scolastica", "Allestimento campo base",
        "Esercitazione sismica per posti di comando", "Esercitazione sanitaria con triage",
        "Prova di soccorso in grande evento" };
    const Exercise::Scenario scenarios[] = { Exercise::Scenario::HydroMeteo, Exercise::Scenario::MissingPerson,
        Exercise::Scenario::ForestFire, Exercise::Scenario::Other, Exercise::Scenario::Other,
        Exercise::Scenario::Earthquake, Exercise::Scenario::Health, Exercise::Scenario::MajorEvent };
    const QList<QPair<QDate, QDate>> seasons { { QDate(2020, 1, 11), QDate(2020, 2, 22) },
        { QDate(2020, 9, 12), QDate(2020, 10, 17) }, { QDate(2021, 4, 10), QDate(2021, 6, 26) },
        { QDate(2021, 9, 11), QDate(2021, 11, 13) } };
    for (const auto &[organisationId, comuneId] : std::as_const(organisations)) {
        for (const auto &season : seasons) {
            if (random.bounded(100) >= 30)
                continue;
            Exercise x;
            x.organisationId = organisationId;
            const int which = random.bounded(int(std::size(titles)));
            x.title = demoText(titles[which]);
            x.scenario = scenarios[which];
            // A Saturday in the season.
            QDate day = season.first.addDays(random.bounded(int(season.first.daysTo(season.second)) + 1));
            day = day.addDays((6 - day.dayOfWeek() + 7) % 7);
            x.startDate = day;
            x.endDate = random.bounded(4) == 0 ? day.addDays(1) : day;
            if (x.endDate > today)
                continue;
            x.comuneId = comuneId;
            x.participants = 4 + random.bounded(30);
            const int days = int(x.startDate.daysTo(x.endDate)) + 1;
            x.personDays = days == 1 ? x.participants : x.participants + random.bounded(x.participants + 1);
            if (auto s = TrainingRules::checkExercise(x, today); !s)
                return s;
            if (auto s = repository.saveExercise(x); !s)
                return s;
        }
    }
    return tx.commit();
}

} // namespace

core::DemoStep trainingDemoStep()
{
    return { QStringLiteral("training"), &runDemo };
}

} // namespace volunteers
