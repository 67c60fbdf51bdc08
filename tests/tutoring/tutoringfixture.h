#pragma once

// A small ConosciAMO world in a fresh test database, shared by the service,
// import and UI tests: the published service period, a tutor, pupils
// (middle, high, BES) and assistants with and without the safety course.

#include "core/reference/comune.h"
#include "support/testdatabase.h"
#include "tutoring/domain/peoplerepository.h"
#include "tutoring/domain/serviceperiod.h"
#include "tutoring/domain/servicerepository.h"

#include <QSqlQuery>
#include <QTest>

namespace testsupport {

struct TutoringFixture {
    enum : int { Generale = 1, Italiano = 2, Matematica = 3, Inglese = 4 };

    qint64 tutor = 0;
    qint64 middle = 0; // Rossi Marco, 2ª media, Cisliano
    qint64 high = 0; // Bianchi Laura, 1ª superiore, Limbiate (MB)
    qint64 bes = 0; // Verdi Anna, BES, 3ª media
    qint64 conti = 0; // course done 20/01/2021, general area + maths, Mon-Fri 15-17
    qint64 ricci = 0; // enrolled in the course
    qint64 moretti = 0; // course done, general area + English, Mon-Sat 15-17

    static int comuneId(const QSqlDatabase &db, const QString &name, const QString &province)
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT id FROM comune WHERE name = ? AND province = ?"));
        q.addBindValue(name);
        q.addBindValue(province);
        return q.exec() && q.next() ? q.value(0).toInt() : 0;
    }

    static QList<int> weekly(const QList<int> &days, const QList<int> &hours)
    {
        QList<int> out;
        for (int d : days)
            for (int h : hours)
                out.append(tutoring::availabilityKey(d, h));
        return out;
    }

    bool build(const QSqlDatabase &db, const core::Clock &clock)
    {
        using namespace tutoring;
        if (!ServiceRepository(db).savePeriod(publishedServicePeriod()))
            return false;
        PeopleRepository people(db, clock);
        Tutor t;
        t.code = QStringLiteral("T01");
        t.familyName = QStringLiteral("Sironi");
        t.givenName = QStringLiteral("Franco");
        t.kind = TutorKind::RetiredTeacher;
        auto tid = people.saveTutor(t);
        if (!tid)
            return false;
        tutor = *tid;

        auto pupil = [&](const QString &code, const QString &family, const QString &given, SchoolOrder order, int cls,
                         int comune, bool isBes) -> qint64 {
            Pupil p;
            p.code = code;
            p.familyName = family;
            p.givenName = given;
            p.order = order;
            p.classYear = cls;
            p.birthYear = order == SchoolOrder::Middle ? 2010 - cls : 2007 - cls;
            p.comuneId = comune;
            p.bes = isBes;
            p.consentOn = QDate(2021, 2, 1);
            auto id = people.savePupil(p);
            return id ? *id : 0;
        };
        middle = pupil(QStringLiteral("R001"), QStringLiteral("Rossi"), QStringLiteral("Marco"), SchoolOrder::Middle, 2,
            comuneId(db, QStringLiteral("Cisliano"), QStringLiteral("MI")), false);
        high = pupil(QStringLiteral("R002"), QStringLiteral("Bianchi"), QStringLiteral("Laura"), SchoolOrder::High, 1,
            comuneId(db, QStringLiteral("Limbiate"), QStringLiteral("MB")), false);
        bes = pupil(QStringLiteral("R003"), QStringLiteral("Verdi"), QStringLiteral("Anna"), SchoolOrder::Middle, 3,
            comuneId(db, QStringLiteral("Bussero"), QStringLiteral("MI")), true);

        auto assistant = [&](const QString &code, const QString &family, const QString &given, SafetyCourse course,
                             const QDate &on, QList<int> subjects, QList<int> availability) -> qint64 {
            Assistant a;
            a.code = code;
            a.familyName = family;
            a.givenName = given;
            a.schoolId = 1;
            a.classYear = 4;
            a.comuneId = core::milanoComuneId;
            a.tutorId = tutor;
            a.safetyCourse = course;
            a.safetyCourseOn = on;
            a.subjectIds = subjects;
            a.availability = availability;
            auto id = people.saveAssistant(a);
            return id ? *id : 0;
        };
        conti = assistant(QStringLiteral("A001"), QStringLiteral("Conti"), QStringLiteral("Luca"), SafetyCourse::Done,
            QDate(2021, 1, 20), { Generale, Matematica }, weekly({ 1, 2, 3, 4, 5 }, { 15, 16, 17 }));
        ricci = assistant(QStringLiteral("A002"), QStringLiteral("Ricci"), QStringLiteral("Sara"),
            SafetyCourse::Enrolled, {}, { Generale }, weekly({ 1, 2, 3, 4, 5, 6 }, { 15, 16, 17 }));
        moretti
            = assistant(QStringLiteral("A003"), QStringLiteral("Moretti"), QStringLiteral("Ilaria"), SafetyCourse::Done,
                QDate(2021, 1, 23), { Generale, Inglese }, weekly({ 1, 2, 3, 4, 5, 6 }, { 15, 16, 17 }));
        return middle && high && bes && conti && ricci && moretti;
    }
};

// Rows in a table, for "nothing changed" checks.
inline int rowCount(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace testsupport
