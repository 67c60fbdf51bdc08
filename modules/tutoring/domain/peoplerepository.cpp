#include "tutoring/domain/peoplerepository.h"

#include "core/db/connectionstate.h"
#include "core/db/idallocator.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/domain/dates.h"
#include "tutoring/domain/peoplevalidation.h"

#include <QHash>
#include <QSqlQuery>

namespace tutoring {

using core::Error;
using core::Result;
using core::Status;

namespace {

QVariant nullableDate(const QDate &d)
{
    return d.isValid() ? QVariant(core::toSqlDate(d)) : QVariant();
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

const QString pupilColumns = QStringLiteral(
    "id, code, family_name, given_name, birth_year, school_order, class_year, school_name, comune_id, parent_name, "
    "parent_phone, parent_email, bes, consent_on, active, notes");

Pupil readPupil(const QSqlQuery &q)
{
    Pupil p;
    p.id = q.value(0).toLongLong();
    p.code = q.value(1).toString();
    p.familyName = q.value(2).toString();
    p.givenName = q.value(3).toString();
    p.birthYear = q.value(4).toInt();
    p.order = schoolOrderFromSql(q.value(5).toString());
    p.classYear = q.value(6).toInt();
    p.schoolName = q.value(7).toString();
    p.comuneId = q.value(8).toInt();
    p.parentName = q.value(9).toString();
    p.parentPhone = q.value(10).toString();
    p.parentEmail = q.value(11).toString();
    p.bes = q.value(12).toBool();
    p.consentOn = core::fromSqlDate(q.value(13).toString());
    p.active = q.value(14).toBool();
    p.notes = q.value(15).toString();
    return p;
}

const QString assistantColumns = QStringLiteral(
    "id, code, family_name, given_name, school_id, class_year, comune_id, coalesce(tutor_id, 0), email, phone, "
    "safety_course, safety_course_on, active, notes");

Assistant readAssistant(const QSqlQuery &q)
{
    Assistant a;
    a.id = q.value(0).toLongLong();
    a.code = q.value(1).toString();
    a.familyName = q.value(2).toString();
    a.givenName = q.value(3).toString();
    a.schoolId = q.value(4).toInt();
    a.classYear = q.value(5).toInt();
    a.comuneId = q.value(6).toInt();
    a.tutorId = q.value(7).toLongLong();
    a.email = q.value(8).toString();
    a.phone = q.value(9).toString();
    a.safetyCourse = safetyCourseFromSql(q.value(10).toString());
    a.safetyCourseOn = core::fromSqlDate(q.value(11).toString());
    a.active = q.value(12).toBool();
    a.notes = q.value(13).toString();
    return a;
}

const QString tutorColumns = QStringLiteral("id, code, family_name, given_name, kind, email, phone, active, notes");

Tutor readTutor(const QSqlQuery &q)
{
    Tutor t;
    t.id = q.value(0).toLongLong();
    t.code = q.value(1).toString();
    t.familyName = q.value(2).toString();
    t.givenName = q.value(3).toString();
    t.kind = tutorKindFromSql(q.value(4).toString());
    t.email = q.value(5).toString();
    t.phone = q.value(6).toString();
    t.active = q.value(7).toBool();
    t.notes = q.value(8).toString();
    return t;
}

// Subjects and availability of the given assistants, filled in place.
Status loadAssistantDetails(const QSqlDatabase &db, QList<Assistant> &list)
{
    QHash<qint64, int> index;
    for (int i = 0; i < list.size(); ++i)
        index.insert(list.at(i).id, i);
    auto s = core::runQuery(
        db, QStringLiteral("SELECT assistant_id, subject_id FROM tutoring_assistant_subject ORDER BY subject_id"));
    if (!s)
        return s.error();
    while (s->next())
        if (auto it = index.constFind(s->value(0).toLongLong()); it != index.constEnd())
            list[*it].subjectIds.append(s->value(1).toInt());
    auto a = core::runQuery(db,
        QStringLiteral("SELECT assistant_id, weekday, start_hour FROM tutoring_availability "
                       "ORDER BY weekday, start_hour"));
    if (!a)
        return a.error();
    while (a->next())
        if (auto it = index.constFind(a->value(0).toLongLong()); it != index.constEnd())
            list[*it].availability.append(availabilityKey(a->value(1).toInt(), a->value(2).toInt()));
    return {};
}

Result<qint64> idByCode(const QSqlDatabase &db, const QString &table, const QString &code)
{
    auto v = core::queryValue(db, QStringLiteral("SELECT id FROM %1 WHERE code = ?").arg(table), { code.trimmed() });
    if (!v)
        return v.error();
    return v->isValid() ? v->toLongLong() : qint64(0);
}

// Whether any of the given references point at the row.
Result<bool> isReferenced(const QSqlDatabase &db, const QStringList &checks, qint64 id)
{
    for (const QString &sql : checks) {
        auto v = core::queryValue(db, sql, { id });
        if (!v)
            return v.error();
        if (v->isValid())
            return true;
    }
    return false;
}

} // namespace

Result<QString> PeopleRepository::codeFor(
    const QString &requested, const QString &table, qint64 id, const QString &prefix) const
{
    const QString code = requested.trimmed();
    if (code.isEmpty())
        return QStringLiteral("%1%2-%3")
            .arg(prefix)
            .arg(core::workstationOfRowId(id))
            .arg(id & ((qint64(1) << core::workstationIdShift) - 1));
    auto other = core::queryValue(
        m_db, QStringLiteral("SELECT id FROM %1 WHERE code = ? AND id <> ?").arg(table), { code, id });
    if (!other)
        return other.error();
    if (other->isValid()) {
        Error e(QStringLiteral("tutoring.duplicate_code"), { code });
        e.where.field = QStringLiteral("code");
        return e;
    }
    return code;
}

Status PeopleRepository::checkComune(int comuneId) const
{
    auto v = core::queryValue(m_db, QStringLiteral("SELECT 1 FROM comune WHERE id = ?"), { comuneId });
    if (!v)
        return v.error();
    if (!v->isValid()) {
        Error e(QStringLiteral("reference.unknown_comune"), { QString::number(comuneId) });
        e.where.field = QStringLiteral("comune");
        return e;
    }
    return {};
}

// --- Pupils ---------------------------------------------------------------

Result<Pupil> PeopleRepository::pupil(qint64 id) const
{
    auto q
        = core::runQuery(m_db, QStringLiteral("SELECT %1 FROM tutoring_pupil WHERE id = ?").arg(pupilColumns), { id });
    if (!q)
        return q.error();
    if (!q->next())
        return Error(QStringLiteral("tutoring.not_found"), { QString::number(id) });
    return readPupil(*q);
}

Result<qint64> PeopleRepository::pupilIdByCode(const QString &code) const
{
    return idByCode(m_db, QStringLiteral("tutoring_pupil"), code);
}

Result<QList<Pupil>> PeopleRepository::pupils(bool activeOnly) const
{
    auto q = core::runQuery(m_db,
        QStringLiteral("SELECT %1 FROM tutoring_pupil %2 ORDER BY family_name COLLATE NOCASE, "
                       "given_name COLLATE NOCASE, id")
            .arg(pupilColumns, activeOnly ? QStringLiteral("WHERE active = 1") : QString()));
    if (!q)
        return q.error();
    QList<Pupil> list;
    while (q->next())
        list.append(readPupil(*q));
    return list;
}

Result<qint64> PeopleRepository::savePupil(const Pupil &p)
{
    if (auto s = PeopleValidation::validate(p, m_clock.today()); !s)
        return s.error();
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    if (auto s = checkComune(p.comuneId); !s)
        return s.error();
    qint64 id = p.id;
    if (id == 0) {
        auto allocated = core::allocateRowId(m_db);
        if (!allocated)
            return allocated.error();
        id = *allocated;
    }
    auto code = codeFor(p.code, QStringLiteral("tutoring_pupil"), id, QStringLiteral("R"));
    if (!code)
        return code.error();
    const QVariantList values { *code, p.familyName.trimmed(), p.givenName.trimmed(), p.birthYear, toSql(p.order),
        p.classYear, p.schoolName.trimmed(), p.comuneId, p.parentName.trimmed(), p.parentPhone.trimmed(),
        p.parentEmail.trimmed(), int(p.bes), nullableDate(p.consentOn), int(p.active), p.notes.trimmed(), id };
    const QString sql = p.id == 0
        ? QStringLiteral(
            "INSERT INTO tutoring_pupil(code, family_name, given_name, birth_year, school_order, class_year, "
            "school_name, comune_id, parent_name, parent_phone, parent_email, bes, consent_on, active, notes, id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        : QStringLiteral(
            "UPDATE tutoring_pupil SET code = ?, family_name = ?, given_name = ?, birth_year = ?, school_order = ?, "
            "class_year = ?, school_name = ?, comune_id = ?, parent_name = ?, parent_phone = ?, parent_email = ?, "
            "bes = ?, consent_on = ?, active = ?, notes = ? WHERE id = ?");
    if (auto q = core::runQuery(m_db, sql, values); !q)
        return q.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

Status PeopleRepository::deletePupil(qint64 id)
{
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto p = pupil(id);
    if (!p)
        return p.error();
    auto used = isReferenced(m_db,
        { QStringLiteral("SELECT 1 FROM tutoring_booking WHERE pupil_id = ? LIMIT 1"),
            QStringLiteral("SELECT 1 FROM tutoring_bes_assignment WHERE pupil_id = ? LIMIT 1") },
        id);
    if (!used)
        return used.error();
    if (*used)
        return Error(QStringLiteral("tutoring.in_use"), { p->code });
    if (auto q = core::runQuery(m_db, QStringLiteral("DELETE FROM tutoring_pupil WHERE id = ?"), { id }); !q)
        return q.error();
    return tx.commit();
}

// --- Assistants -------------------------------------------------------------

Result<Assistant> PeopleRepository::assistant(qint64 id) const
{
    auto q = core::runQuery(
        m_db, QStringLiteral("SELECT %1 FROM tutoring_assistant WHERE id = ?").arg(assistantColumns), { id });
    if (!q)
        return q.error();
    if (!q->next())
        return Error(QStringLiteral("tutoring.not_found"), { QString::number(id) });
    QList<Assistant> one { readAssistant(*q) };
    if (auto s = loadAssistantDetails(m_db, one); !s)
        return s.error();
    return one.first();
}

Result<qint64> PeopleRepository::assistantIdByCode(const QString &code) const
{
    return idByCode(m_db, QStringLiteral("tutoring_assistant"), code);
}

Result<QList<Assistant>> PeopleRepository::assistants(bool activeOnly) const
{
    auto q = core::runQuery(m_db,
        QStringLiteral("SELECT %1 FROM tutoring_assistant %2 ORDER BY family_name COLLATE NOCASE, "
                       "given_name COLLATE NOCASE, id")
            .arg(assistantColumns, activeOnly ? QStringLiteral("WHERE active = 1") : QString()));
    if (!q)
        return q.error();
    QList<Assistant> list;
    while (q->next())
        list.append(readAssistant(*q));
    if (auto s = loadAssistantDetails(m_db, list); !s)
        return s.error();
    return list;
}

Result<qint64> PeopleRepository::saveAssistant(const Assistant &a)
{
    if (auto s = PeopleValidation::validate(a, m_clock.today()); !s)
        return s.error();
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    if (auto s = checkComune(a.comuneId); !s)
        return s.error();
    auto school = core::queryValue(m_db, QStringLiteral("SELECT 1 FROM school WHERE id = ?"), { a.schoolId });
    if (!school)
        return school.error();
    if (!school->isValid()) {
        Error e(QStringLiteral("tutoring.unknown_school"), { QString::number(a.schoolId) });
        e.where.field = QStringLiteral("school");
        return e;
    }
    qint64 id = a.id;
    if (id == 0) {
        auto allocated = core::allocateRowId(m_db);
        if (!allocated)
            return allocated.error();
        id = *allocated;
    }
    auto code = codeFor(a.code, QStringLiteral("tutoring_assistant"), id, QStringLiteral("A"));
    if (!code)
        return code.error();
    const QVariantList values { *code, a.familyName.trimmed(), a.givenName.trimmed(), a.schoolId, a.classYear,
        a.comuneId, nullableId(a.tutorId), a.email.trimmed(), a.phone.trimmed(), toSql(a.safetyCourse),
        a.safetyCourse == SafetyCourse::Done ? nullableDate(a.safetyCourseOn) : QVariant(), int(a.active),
        a.notes.trimmed(), id };
    const QString sql = a.id == 0
        ? QStringLiteral(
            "INSERT INTO tutoring_assistant(code, family_name, given_name, school_id, class_year, comune_id, tutor_id, "
            "email, phone, safety_course, safety_course_on, active, notes, id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        : QStringLiteral(
            "UPDATE tutoring_assistant SET code = ?, family_name = ?, given_name = ?, school_id = ?, class_year = ?, "
            "comune_id = ?, tutor_id = ?, email = ?, phone = ?, safety_course = ?, safety_course_on = ?, "
            "active = ?, notes = ? WHERE id = ?");
    if (auto q = core::runQuery(m_db, sql, values); !q)
        return q.error();

    // Subjects and availability are the assistant's current offer, kept as
    // sets (TableKind::SetMember): only the members added and removed are
    // written, each member's id made from the assistant and the member, so
    // that two workstations editing the same offer apart merge member by
    // member instead of one replacing the other's whole set.
    QList<int> subjects = a.subjectIds;
    std::sort(subjects.begin(), subjects.end());
    subjects.erase(std::unique(subjects.begin(), subjects.end()), subjects.end());
    QList<int> weekly = a.availability;
    std::sort(weekly.begin(), weekly.end());
    weekly.erase(std::unique(weekly.begin(), weekly.end()), weekly.end());
    struct SetTable {
        QString table;
        QString select; // id and the member as one number
        QString insert;
        QList<int> wanted;
    };
    const SetTable sets[] = {
        { QStringLiteral("tutoring_assistant_subject"),
            QStringLiteral("SELECT id, subject_id FROM tutoring_assistant_subject WHERE assistant_id = ?"),
            QStringLiteral("INSERT INTO tutoring_assistant_subject(id, assistant_id, subject_id) VALUES (?, ?, ?)"),
            subjects },
        { QStringLiteral("tutoring_availability"),
            QStringLiteral("SELECT id, weekday * 100 + start_hour FROM tutoring_availability WHERE assistant_id = ?"),
            QStringLiteral(
                "INSERT INTO tutoring_availability(id, assistant_id, weekday, start_hour) VALUES (?, ?, ?, ?)"),
            weekly },
    };
    for (const SetTable &set : sets) {
        QHash<int, qint64> present; // member -> row id
        if (a.id != 0) {
            auto q = core::runQuery(m_db, set.select, { id });
            if (!q)
                return q.error();
            while (q->next())
                present.insert(q->value(1).toInt(), q->value(0).toLongLong());
        }
        for (auto it = present.cbegin(); it != present.cend(); ++it)
            if (!set.wanted.contains(it.key()))
                if (auto q = core::runQuery(m_db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(set.table),
                        { it.value() });
                    !q)
                    return q.error();
        const bool isSubject = set.table == QLatin1String("tutoring_assistant_subject");
        for (int member : set.wanted) {
            if (present.contains(member))
                continue;
            const QVariantList key = isSubject ? QVariantList { id, member }
                                               : QVariantList { id, member / 100, member % 100 };
            QVariantList values { core::keyedRowId(set.table, key) };
            values.append(key);
            auto q = core::runQuery(m_db, set.insert, values);
            if (!q && isSubject) {
                Error e(QStringLiteral("tutoring.unknown_subject"), { QString::number(member) });
                e.where.field = QStringLiteral("subjects");
                return e;
            }
            if (!q)
                return q.error();
        }
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

Status PeopleRepository::deleteAssistant(qint64 id)
{
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto a = assistant(id);
    if (!a)
        return a.error();
    auto used = isReferenced(m_db,
        { QStringLiteral("SELECT 1 FROM tutoring_booking WHERE assistant_id = ? LIMIT 1"),
            QStringLiteral("SELECT 1 FROM tutoring_bes_assignment WHERE assistant_id = ? LIMIT 1") },
        id);
    if (!used)
        return used.error();
    if (*used)
        return Error(QStringLiteral("tutoring.in_use"), { a->code });
    for (const QString &sql : { QStringLiteral("DELETE FROM tutoring_assistant_subject WHERE assistant_id = ?"),
             QStringLiteral("DELETE FROM tutoring_availability WHERE assistant_id = ?"),
             QStringLiteral("DELETE FROM tutoring_assistant WHERE id = ?") })
        if (auto q = core::runQuery(m_db, sql, { id }); !q)
            return q.error();
    return tx.commit();
}

Result<int> PeopleRepository::hoursGivenBy(qint64 assistantId) const
{
    auto v = core::queryValue(m_db,
        QStringLiteral("SELECT count(*) FROM tutoring_lesson WHERE assistant_id = ? "
                       "AND state = 'given' AND taught_by = 'assistant'"),
        { assistantId });
    if (!v)
        return v.error();
    return v->toInt();
}

// --- Tutors -----------------------------------------------------------------

Result<Tutor> PeopleRepository::tutor(qint64 id) const
{
    auto q
        = core::runQuery(m_db, QStringLiteral("SELECT %1 FROM tutoring_tutor WHERE id = ?").arg(tutorColumns), { id });
    if (!q)
        return q.error();
    if (!q->next())
        return Error(QStringLiteral("tutoring.not_found"), { QString::number(id) });
    return readTutor(*q);
}

Result<qint64> PeopleRepository::tutorIdByCode(const QString &code) const
{
    return idByCode(m_db, QStringLiteral("tutoring_tutor"), code);
}

Result<QList<Tutor>> PeopleRepository::tutors(bool activeOnly) const
{
    auto q = core::runQuery(m_db,
        QStringLiteral("SELECT %1 FROM tutoring_tutor %2 ORDER BY family_name COLLATE NOCASE, "
                       "given_name COLLATE NOCASE, id")
            .arg(tutorColumns, activeOnly ? QStringLiteral("WHERE active = 1") : QString()));
    if (!q)
        return q.error();
    QList<Tutor> list;
    while (q->next())
        list.append(readTutor(*q));
    return list;
}

Result<qint64> PeopleRepository::saveTutor(const Tutor &t)
{
    if (auto s = PeopleValidation::validate(t); !s)
        return s.error();
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    qint64 id = t.id;
    if (id == 0) {
        auto allocated = core::allocateRowId(m_db);
        if (!allocated)
            return allocated.error();
        id = *allocated;
    }
    auto code = codeFor(t.code, QStringLiteral("tutoring_tutor"), id, QStringLiteral("T"));
    if (!code)
        return code.error();
    const QVariantList values { *code, t.familyName.trimmed(), t.givenName.trimmed(), toSql(t.kind), t.email.trimmed(),
        t.phone.trimmed(), int(t.active), t.notes.trimmed(), id };
    const QString sql = t.id == 0
        ? QStringLiteral(
            "INSERT INTO tutoring_tutor(code, family_name, given_name, kind, email, phone, active, notes, id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        : QStringLiteral(
            "UPDATE tutoring_tutor SET code = ?, family_name = ?, given_name = ?, kind = ?, email = ?, phone = ?, "
            "active = ?, notes = ? WHERE id = ?");
    if (auto q = core::runQuery(m_db, sql, values); !q)
        return q.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

Status PeopleRepository::deleteTutor(qint64 id)
{
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto t = tutor(id);
    if (!t)
        return t.error();
    auto used = isReferenced(m_db,
        { QStringLiteral("SELECT 1 FROM tutoring_outcome WHERE tutor_id = ? LIMIT 1"),
            QStringLiteral("SELECT 1 FROM tutoring_assistant WHERE tutor_id = ? LIMIT 1") },
        id);
    if (!used)
        return used.error();
    if (*used)
        return Error(QStringLiteral("tutoring.in_use"), { t->code });
    if (auto q = core::runQuery(m_db, QStringLiteral("DELETE FROM tutoring_tutor WHERE id = ?"), { id }); !q)
        return q.error();
    return tx.commit();
}

} // namespace tutoring
