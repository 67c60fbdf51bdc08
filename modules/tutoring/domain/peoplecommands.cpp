#include "tutoring/domain/peoplecommands.h"

#include "core/auth/permissions.h"
#include "tutoring/domain/peoplerepository.h"
#include "tutoring/domain/peoplevalidation.h"

#include <QCoreApplication>

namespace tutoring {

using core::Error;
using core::Result;
using core::Status;

namespace {

// What differs between the three kinds of person, in one place.
struct PeopleTexts {
    Q_DECLARE_TR_FUNCTIONS(tutoring::PeopleCommands)
};

Result<Pupil> load(const PeopleRepository &people, const Pupil &, qint64 id)
{
    return people.pupil(id);
}
Result<Assistant> load(const PeopleRepository &people, const Assistant &, qint64 id)
{
    return people.assistant(id);
}
Result<Tutor> load(const PeopleRepository &people, const Tutor &, qint64 id)
{
    return people.tutor(id);
}

Result<qint64> save(PeopleRepository &people, const Pupil &p)
{
    return people.savePupil(p);
}
Result<qint64> save(PeopleRepository &people, const Assistant &a)
{
    return people.saveAssistant(a);
}
Result<qint64> save(PeopleRepository &people, const Tutor &t)
{
    return people.saveTutor(t);
}

Status remove(PeopleRepository &people, const Pupil &, qint64 id)
{
    return people.deletePupil(id);
}
Status remove(PeopleRepository &people, const Assistant &, qint64 id)
{
    return people.deleteAssistant(id);
}
Status remove(PeopleRepository &people, const Tutor &, qint64 id)
{
    return people.deleteTutor(id);
}

Status validate(const Pupil &p, const QDate &today)
{
    return PeopleValidation::validate(p, today);
}
Status validate(const Assistant &a, const QDate &today)
{
    return PeopleValidation::validate(a, today);
}
Status validate(const Tutor &t, const QDate &)
{
    return PeopleValidation::validate(t);
}

// Rows as read back from the database, field by field.
bool same(const Pupil &a, const Pupil &b)
{
    return a.id == b.id && a.code == b.code && a.familyName == b.familyName && a.givenName == b.givenName
        && a.birthYear == b.birthYear && a.order == b.order && a.classYear == b.classYear
        && a.schoolName == b.schoolName && a.comuneId == b.comuneId && a.parentName == b.parentName
        && a.parentPhone == b.parentPhone && a.parentEmail == b.parentEmail && a.bes == b.bes
        && a.consentOn == b.consentOn && a.active == b.active && a.notes == b.notes;
}
bool same(const Assistant &a, const Assistant &b)
{
    return a.id == b.id && a.code == b.code && a.familyName == b.familyName && a.givenName == b.givenName
        && a.schoolId == b.schoolId && a.classYear == b.classYear && a.comuneId == b.comuneId && a.tutorId == b.tutorId
        && a.email == b.email && a.phone == b.phone && a.safetyCourse == b.safetyCourse
        && a.safetyCourseOn == b.safetyCourseOn && a.active == b.active && a.notes == b.notes
        && a.subjectIds == b.subjectIds && a.availability == b.availability;
}
bool same(const Tutor &a, const Tutor &b)
{
    return a.id == b.id && a.code == b.code && a.familyName == b.familyName && a.givenName == b.givenName
        && a.kind == b.kind && a.email == b.email && a.phone == b.phone && a.active == b.active && a.notes == b.notes;
}

QString noun(const Pupil &)
{
    return QStringLiteral("pupil");
}
QString noun(const Assistant &)
{
    return QStringLiteral("assistant");
}
QString noun(const Tutor &)
{
    return QStringLiteral("tutor");
}

QString saveText(const Pupil &p)
{
    return PeopleTexts::tr("Save pupil %1").arg(p.code);
}
QString saveText(const Assistant &a)
{
    return PeopleTexts::tr("Save study assistant %1").arg(a.code);
}
QString saveText(const Tutor &t)
{
    return PeopleTexts::tr("Save tutor %1").arg(t.code);
}

} // namespace

template <typename Person> QString SavePerson<Person>::code() const
{
    return QStringLiteral("tutoring.%1.save").arg(noun(m_person));
}

template <typename Person> QString SavePerson<Person>::permission() const
{
    return core::Permission::TutoringEdit;
}

template <typename Person> Status SavePerson<Person>::check(const core::CommandContext &context) const
{
    if (auto s = validate(m_person, context.clock.today()); !s)
        return s;
    if (m_person.id != 0)
        if (auto found = load(PeopleRepository(context.db, context.clock), m_person, m_person.id); !found)
            return found.error();
    return {};
}

template <typename Person> Status SavePerson<Person>::apply(const core::CommandContext &context)
{
    PeopleRepository people(context.db, context.clock);
    Person person = m_person;
    if (m_created) // Redo of a creation: the same row again.
        person.id = m_written.id;
    else if (person.id != 0) {
        auto before = load(people, m_person, person.id);
        if (!before)
            return before.error();
        m_before = *before;
    }
    auto id = save(people, person);
    if (!id)
        return id.error();
    auto written = load(people, m_person, *id);
    if (!written)
        return written.error();
    m_created = m_created || m_person.id == 0;
    m_written = *written;
    return {};
}

template <typename Person> QString SavePerson<Person>::auditDetail() const
{
    return QString::number(m_written.id);
}

template <typename Person> Status SavePerson<Person>::revert(const core::CommandContext &context)
{
    PeopleRepository people(context.db, context.clock);
    auto current = load(people, m_person, m_written.id);
    if (!current)
        return current.error();
    if (!same(*current, m_written))
        return Error(QStringLiteral("tutoring.changed_since"), { m_written.code });
    Person restore = m_before;
    if (m_created) {
        restore = m_written;
        restore.active = false;
    }
    auto id = save(people, restore);
    if (!id)
        return id.error();
    return {};
}

template <typename Person> QString SavePerson<Person>::text() const
{
    return saveText(m_written.id ? m_written : m_person);
}

template <typename Person> QString DeletePerson<Person>::code() const
{
    return QStringLiteral("tutoring.%1.delete").arg(noun(Person {}));
}

template <typename Person> QString DeletePerson<Person>::permission() const
{
    return core::Permission::TutoringEdit;
}

template <typename Person> Status DeletePerson<Person>::check(const core::CommandContext &context) const
{
    if (auto found = load(PeopleRepository(context.db, context.clock), Person {}, m_id); !found)
        return found.error();
    return {};
}

template <typename Person> Status DeletePerson<Person>::apply(const core::CommandContext &context)
{
    PeopleRepository people(context.db, context.clock);
    return remove(people, Person {}, m_id);
}

template class SavePerson<Pupil>;
template class SavePerson<Assistant>;
template class SavePerson<Tutor>;
template class DeletePerson<Pupil>;
template class DeletePerson<Assistant>;
template class DeletePerson<Tutor>;

} // namespace tutoring
