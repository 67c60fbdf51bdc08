#include "tutoring/domain/bookingworldloader.h"

#include "core/db/sql.h"
#include "core/domain/dates.h"
#include "tutoring/domain/servicerepository.h"

namespace tutoring {

using core::Result;

core::Status loadBookingsInto(const QSqlDatabase &db, BookingWorld &world, const QDate &from, const QDate &to)
{
    auto q = core::runQuery(db,
        QStringLiteral("SELECT id, pupil_id, assistant_id, subject_id, day, start_hour FROM tutoring_lesson "
                       "WHERE day BETWEEN ? AND ? AND state <> 'cancelled'"),
        { core::toSqlDate(from), core::toSqlDate(to) });
    if (!q)
        return q.error();
    while (q->next())
        world.addBooking({ q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toLongLong(),
            q->value(3).toInt(), core::fromSqlDate(q->value(4).toString()), q->value(5).toInt() });
    return {};
}

Result<BookingWorld> loadBookingWorld(const QSqlDatabase &db, const QDate &from, const QDate &to)
{
    BookingWorld world;
    ServiceRepository service(db);
    auto periods = service.periods();
    if (!periods)
        return periods.error();
    world.periods = *periods;
    auto subjects = service.subjects();
    if (!subjects)
        return subjects.error();
    for (const Subject &s : *subjects)
        world.subjects.insert(s.id, { s.id, s.name, s.order });

    auto pupils = core::runQuery(db,
        QStringLiteral("SELECT id, family_name, given_name, school_order, bes, consent_on IS NOT NULL, "
                       "active FROM tutoring_pupil"));
    if (!pupils)
        return pupils.error();
    while (pupils->next()) {
        Pupil p;
        p.familyName = pupils->value(1).toString();
        p.givenName = pupils->value(2).toString();
        PupilFacts f;
        f.id = pupils->value(0).toLongLong();
        f.label = p.shortName();
        f.order = schoolOrderFromSql(pupils->value(3).toString());
        f.bes = pupils->value(4).toBool();
        f.consent = pupils->value(5).toBool();
        f.active = pupils->value(6).toBool();
        world.pupils.insert(f.id, f);
    }

    auto assistants = core::runQuery(db,
        QStringLiteral("SELECT id, family_name || ' ' || given_name, safety_course, safety_course_on, "
                       "active FROM tutoring_assistant"));
    if (!assistants)
        return assistants.error();
    while (assistants->next()) {
        AssistantFacts a;
        a.id = assistants->value(0).toLongLong();
        a.label = assistants->value(1).toString();
        a.course = safetyCourseFromSql(assistants->value(2).toString());
        a.courseOn = core::fromSqlDate(assistants->value(3).toString());
        a.active = assistants->value(4).toBool();
        world.assistants.insert(a.id, a);
    }
    auto subjectsOf
        = core::runQuery(db, QStringLiteral("SELECT assistant_id, subject_id FROM tutoring_assistant_subject"));
    if (!subjectsOf)
        return subjectsOf.error();
    while (subjectsOf->next())
        if (auto it = world.assistants.find(subjectsOf->value(0).toLongLong()); it != world.assistants.end())
            it->subjects.insert(subjectsOf->value(1).toInt());
    auto availability
        = core::runQuery(db, QStringLiteral("SELECT assistant_id, weekday, start_hour FROM tutoring_availability"));
    if (!availability)
        return availability.error();
    while (availability->next())
        if (auto it = world.assistants.find(availability->value(0).toLongLong()); it != world.assistants.end())
            it->availability.insert(availabilityKey(availability->value(1).toInt(), availability->value(2).toInt()));

    auto bes = core::runQuery(db,
        QStringLiteral("SELECT id, pupil_id, assistant_id, first_day, last_day, note FROM tutoring_bes_assignment"));
    if (!bes)
        return bes.error();
    while (bes->next()) {
        BesAssignment a;
        a.id = bes->value(0).toLongLong();
        a.pupilId = bes->value(1).toLongLong();
        a.assistantId = bes->value(2).toLongLong();
        a.firstDay = core::fromSqlDate(bes->value(3).toString());
        a.lastDay = core::fromSqlDate(bes->value(4).toString());
        a.note = bes->value(5).toString();
        world.besAssignments.insert(a.id, a);
    }

    if (from.isValid() && to.isValid())
        if (auto s = loadBookingsInto(db, world, from, to); !s)
            return s.error();
    return world;
}

} // namespace tutoring
