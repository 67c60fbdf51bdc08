#include "volunteers/domain/trainingrepository.h"

#include "core/auth/audittext.h"
#include "core/db/idallocator.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/domain/dates.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace volunteers {

using core::Error;
using core::Result;
using core::Status;

namespace {

struct TrainingAuditNames {
    Q_DECLARE_TR_FUNCTIONS(volunteers::TrainingAuditNames)
};

QVariant nullable(qint64 id)
{
    return id != 0 ? QVariant(id) : QVariant();
}

QVariant nullableDate(const QDate &d)
{
    return d.isValid() ? QVariant(core::toSqlDate(d)) : QVariant();
}

const char *const courseColumns = "id, code, title, audience, min_attendance, final_test, coalesce(pass_score, 0), "
                                  "coalesce(max_score, 0), qualification, coalesce(validity_months, 0), active, notes";

Course readCourse(const QSqlQuery &q)
{
    Course c;
    c.id = q.value(0).toLongLong();
    c.code = q.value(1).toString();
    c.title = q.value(2).toString();
    c.audience = audienceFromCode(q.value(3).toString());
    c.minAttendance = q.value(4).toInt();
    c.finalTest = q.value(5).toInt() != 0;
    c.passScore = q.value(6).toInt();
    c.maxScore = q.value(7).toInt();
    c.qualification = q.value(8).toString();
    c.validityMonths = q.value(9).toInt();
    c.active = q.value(10).toInt() != 0;
    c.notes = q.value(11).toString();
    return c;
}

const char *const editionColumns = "e.id, e.course_id, e.code, e.start_date, e.end_date, e.mode, e.place, e.notes";

Edition readEdition(const QSqlQuery &q, int at = 0)
{
    Edition e;
    e.id = q.value(at).toLongLong();
    e.courseId = q.value(at + 1).toLongLong();
    e.code = q.value(at + 2).toString();
    e.startDate = core::fromSqlDate(q.value(at + 3).toString());
    e.endDate = core::fromSqlDate(q.value(at + 4).toString());
    e.mode = editionModeFromCode(q.value(at + 5).toString());
    e.place = q.value(at + 6).toString();
    e.notes = q.value(at + 7).toString();
    return e;
}

const char *const sessionColumns = "id, edition_id, day, start_time, minutes, place, trainer, topic";

TrainingSession readSession(const QSqlQuery &q)
{
    TrainingSession s;
    s.id = q.value(0).toLongLong();
    s.editionId = q.value(1).toLongLong();
    s.day = core::fromSqlDate(q.value(2).toString());
    s.startTime = q.value(3).toString();
    s.minutes = q.value(4).toInt();
    s.place = q.value(5).toString();
    s.trainer = q.value(6).toString();
    s.topic = q.value(7).toString();
    return s;
}

// The participant with the volunteer's name and organisation and the
// minutes attended out of the edition's.
QString participantSelect()
{
    return QStringLiteral(
        "SELECT p.id, p.edition_id, coalesce(p.volunteer_id, 0), p.last_name, p.first_name, p.affiliation, "
        "p.enrolled_on, p.test_result, coalesce(p.test_score, -1), p.certificate_number, "
        "coalesce(p.certificate_issued_on, ''), coalesce(p.qualification_id, 0), p.notes, "
        "CASE WHEN v.id IS NULL THEN p.last_name || ' ' || p.first_name ELSE v.last_name || ' ' || v.first_name END, "
        "coalesce(v.organisation_id, 0), "
        "(SELECT coalesce(sum(s.minutes), 0) FROM training_attendance a JOIN training_session s ON s.id = a.session_id "
        " WHERE a.participant_id = p.id), "
        "(SELECT coalesce(sum(s.minutes), 0) FROM training_session s WHERE s.edition_id = p.edition_id) "
        "FROM training_participant p LEFT JOIN volunteer v ON v.id = p.volunteer_id ");
}

Participant readParticipant(const QSqlQuery &q)
{
    Participant p;
    p.id = q.value(0).toLongLong();
    p.editionId = q.value(1).toLongLong();
    p.volunteerId = q.value(2).toLongLong();
    p.lastName = q.value(3).toString();
    p.firstName = q.value(4).toString();
    p.affiliation = q.value(5).toString();
    p.enrolledOn = core::fromSqlDate(q.value(6).toString());
    p.testResult = testResultFromCode(q.value(7).toString());
    p.testScore = q.value(8).toInt();
    p.certificateNumber = q.value(9).toString();
    p.certificateIssuedOn = core::fromSqlDate(q.value(10).toString());
    p.qualificationId = q.value(11).toLongLong();
    p.notes = q.value(12).toString();
    p.displayName = q.value(13).toString();
    p.organisationId = q.value(14).toLongLong();
    p.attendedMinutes = q.value(15).toInt();
    p.totalMinutes = q.value(16).toInt();
    return p;
}

const char *const exerciseColumns = "id, organisation_id, title, scenario, start_date, end_date, coalesce(comune_id, 0), "
                                    "place, participants, person_days, notes";

Exercise readExercise(const QSqlQuery &q)
{
    Exercise x;
    x.id = q.value(0).toLongLong();
    x.organisationId = q.value(1).toLongLong();
    x.title = q.value(2).toString();
    scenarioFromCode(q.value(3).toString(), &x.scenario);
    x.startDate = core::fromSqlDate(q.value(4).toString());
    x.endDate = core::fromSqlDate(q.value(5).toString());
    x.comuneId = q.value(6).toInt();
    x.place = q.value(7).toString();
    x.participants = q.value(8).toInt();
    x.personDays = q.value(9).toInt();
    x.notes = q.value(10).toString();
    return x;
}

// Inserts (id 0: a new id) or updates a row of `table` with `columns`.
Status upsert(const QSqlDatabase &db, const QString &table, const QStringList &columns, const QVariantList &values,
    qint64 &id)
{
    // table and columns are this file's own names, never user text.
    // Its own transaction: a savepoint inside a command's.
    core::Transaction tx(db);
    if (!tx)
        return tx.error();
    if (id == 0) {
        auto newId = core::allocateRowId(db);
        if (!newId)
            return newId.error();
        QStringList marks(columns.size() + 1, QStringLiteral("?"));
        auto q = core::runQuery(db,
            QStringLiteral("INSERT INTO %1(id, %2) VALUES (%3)").arg(table, columns.join(QStringLiteral(", ")),
                marks.join(QStringLiteral(", "))),
            QVariantList { *newId } + values);
        if (!q)
            return q.error();
        if (auto s = tx.commit(); !s)
            return s;
        id = *newId;
        return {};
    }
    QStringList sets;
    for (const QString &c : columns)
        sets.append(c + QStringLiteral(" = ?"));
    auto q = core::runQuery(db,
        QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(QStringLiteral(", "))),
        values + QVariantList { id });
    if (!q)
        return q.error();
    return tx.commit();
}

} // namespace

TrainingRepository::TrainingRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<QList<Course>> TrainingRepository::courses() const
{
    auto q = core::runQuery(m_db,
        QStringLiteral("SELECT %1 FROM training_course ORDER BY active DESC, title").arg(QLatin1String(courseColumns)));
    if (!q)
        return q.error();
    QList<Course> list;
    while (q->next())
        list.append(readCourse(*q));
    if (auto s = core::queryFinished(*q); !s)
        return s.error();
    return list;
}

Result<Course> TrainingRepository::course(qint64 id) const
{
    auto q = core::runQuery(m_db,
        QStringLiteral("SELECT %1 FROM training_course WHERE id = ?").arg(QLatin1String(courseColumns)), { id });
    if (!q)
        return q.error();
    return q->next() ? readCourse(*q) : Course {};
}

Status TrainingRepository::saveCourse(Course &c)
{
    c.code = c.code.trimmed();
    c.title = c.title.simplified();
    c.qualification = c.qualification.simplified();
    auto taken = core::queryValue(m_db,
        QStringLiteral("SELECT count(*) FROM training_course WHERE code = ? COLLATE NOCASE AND id <> ?"), { c.code, c.id });
    if (!taken)
        return taken.error();
    if (taken->toInt() > 0)
        return Error(QStringLiteral("training.course_code_taken"), { c.code });
    return upsert(m_db, QStringLiteral("training_course"),
        { QStringLiteral("code"), QStringLiteral("title"), QStringLiteral("audience"), QStringLiteral("min_attendance"),
            QStringLiteral("final_test"), QStringLiteral("pass_score"), QStringLiteral("max_score"),
            QStringLiteral("qualification"), QStringLiteral("validity_months"), QStringLiteral("active"),
            QStringLiteral("notes") },
        { c.code, c.title, audienceCode(c.audience), c.minAttendance, c.finalTest ? 1 : 0,
            c.finalTest ? QVariant(c.passScore) : QVariant(), c.finalTest ? QVariant(c.maxScore) : QVariant(),
            c.qualification, c.validityMonths > 0 ? QVariant(c.validityMonths) : QVariant(), c.active ? 1 : 0,
            c.notes.trimmed() },
        c.id);
}

Result<QList<TrainingRepository::EditionRow>> TrainingRepository::editions(int year) const
{
    auto q = core::runQuery(m_db,
        QStringLiteral(
            "SELECT %1, c.title, "
            "(SELECT count(*) FROM training_session s WHERE s.edition_id = e.id), "
            "(SELECT coalesce(sum(s.minutes), 0) FROM training_session s WHERE s.edition_id = e.id), "
            "(SELECT count(*) FROM training_participant p WHERE p.edition_id = e.id), "
            "(SELECT count(*) FROM training_participant p WHERE p.edition_id = e.id AND p.certificate_number <> '') "
            "FROM training_edition e JOIN training_course c ON c.id = e.course_id "
            "WHERE (? = 0 OR (e.start_date <= ? AND e.end_date >= ?)) ORDER BY e.start_date DESC, e.code")
            .arg(QLatin1String(editionColumns)),
        { year, QStringLiteral("%1-12-31").arg(year), QStringLiteral("%1-01-01").arg(year) });
    if (!q)
        return q.error();
    QList<EditionRow> list;
    while (q->next()) {
        EditionRow row;
        row.edition = readEdition(*q);
        row.courseTitle = q->value(8).toString();
        row.sessions = q->value(9).toInt();
        row.minutes = q->value(10).toInt();
        row.participants = q->value(11).toInt();
        row.certificates = q->value(12).toInt();
        list.append(row);
    }
    if (auto s = core::queryFinished(*q); !s)
        return s.error();
    return list;
}

Result<Edition> TrainingRepository::edition(qint64 id) const
{
    auto q = core::runQuery(m_db,
        QStringLiteral("SELECT %1 FROM training_edition e WHERE e.id = ?").arg(QLatin1String(editionColumns)), { id });
    if (!q)
        return q.error();
    return q->next() ? readEdition(*q) : Edition {};
}

Status TrainingRepository::saveEdition(Edition &e)
{
    e.code = e.code.trimmed();
    auto known = core::queryValue(m_db, QStringLiteral("SELECT count(*) FROM training_course WHERE id = ?"), { e.courseId });
    if (!known)
        return known.error();
    if (known->toInt() == 0)
        return Error(QStringLiteral("training.unknown_course"));
    auto taken = core::queryValue(m_db,
        QStringLiteral("SELECT count(*) FROM training_edition WHERE code = ? COLLATE NOCASE AND id <> ?"), { e.code, e.id });
    if (!taken)
        return taken.error();
    if (taken->toInt() > 0)
        return Error(QStringLiteral("training.edition_code_taken"), { e.code });
    return upsert(m_db, QStringLiteral("training_edition"),
        { QStringLiteral("course_id"), QStringLiteral("code"), QStringLiteral("start_date"), QStringLiteral("end_date"),
            QStringLiteral("mode"), QStringLiteral("place"), QStringLiteral("notes") },
        { e.courseId, e.code, core::toSqlDate(e.startDate), core::toSqlDate(e.endDate), editionModeCode(e.mode),
            e.place.simplified(), e.notes.trimmed() },
        e.id);
}

Result<QList<TrainingSession>> TrainingRepository::sessions(qint64 editionId) const
{
    auto q = core::runQuery(m_db,
        QStringLiteral("SELECT %1 FROM training_session WHERE edition_id = ? ORDER BY day, start_time, id")
            .arg(QLatin1String(sessionColumns)),
        { editionId });
    if (!q)
        return q.error();
    QList<TrainingSession> list;
    while (q->next())
        list.append(readSession(*q));
    if (auto s = core::queryFinished(*q); !s)
        return s.error();
    return list;
}

Result<TrainingSession> TrainingRepository::session(qint64 id) const
{
    auto q = core::runQuery(m_db,
        QStringLiteral("SELECT %1 FROM training_session WHERE id = ?").arg(QLatin1String(sessionColumns)), { id });
    if (!q)
        return q.error();
    return q->next() ? readSession(*q) : TrainingSession {};
}

namespace {

Result<TrainingUse> trainingUse(const QSqlDatabase &db, const QString &where, qint64 id)
{
    auto q = core::runQuery(db,
        QStringLiteral("SELECT count(*), total(p.test_result <> 'none' OR p.test_score IS NOT NULL), "
                       "coalesce(max(p.test_score), -1), total(p.certificate_number <> '') "
                       "FROM training_participant p JOIN training_edition e ON e.id = p.edition_id WHERE %1 = ?")
            .arg(where),
        { id });
    if (!q)
        return q.error();
    TrainingUse use;
    if (q->next()) {
        use.participants = q->value(0).toInt();
        use.testsRecorded = q->value(1).toInt();
        use.highestScore = q->value(2).toInt();
        use.certificates = q->value(3).toInt();
    }
    return use;
}

} // namespace

Result<TrainingUse> TrainingRepository::courseUse(qint64 courseId) const
{
    return trainingUse(m_db, QStringLiteral("e.course_id"), courseId);
}

Result<TrainingUse> TrainingRepository::editionUse(qint64 editionId) const
{
    return trainingUse(m_db, QStringLiteral("e.id"), editionId);
}

Result<int> TrainingRepository::sessionsOutside(const Edition &e) const
{
    auto v = core::queryValue(m_db,
        QStringLiteral("SELECT count(*) FROM training_session WHERE edition_id = ? AND (day < ? OR day > ?)"),
        { e.id, core::toSqlDate(e.startDate), core::toSqlDate(e.endDate) });
    if (!v)
        return v.error();
    return v->toInt();
}

Status TrainingRepository::saveSession(TrainingSession &s)
{
    return upsert(m_db, QStringLiteral("training_session"),
        { QStringLiteral("edition_id"), QStringLiteral("day"), QStringLiteral("start_time"), QStringLiteral("minutes"),
            QStringLiteral("place"), QStringLiteral("trainer"), QStringLiteral("topic") },
        { s.editionId, core::toSqlDate(s.day), s.startTime, s.minutes, s.place.simplified(), s.trainer.simplified(),
            s.topic.simplified() },
        s.id);
}

Result<QList<Participant>> TrainingRepository::participants(qint64 editionId) const
{
    auto q = core::runQuery(m_db, participantSelect() + QStringLiteral("WHERE p.edition_id = ? ORDER BY 14, p.id"),
        { editionId });
    if (!q)
        return q.error();
    QList<Participant> list;
    while (q->next())
        list.append(readParticipant(*q));
    if (auto s = core::queryFinished(*q); !s)
        return s.error();
    return list;
}

Result<Participant> TrainingRepository::participant(qint64 id) const
{
    auto q = core::runQuery(m_db, participantSelect() + QStringLiteral("WHERE p.id = ?"), { id });
    if (!q)
        return q.error();
    return q->next() ? readParticipant(*q) : Participant {};
}

Status TrainingRepository::enrol(Participant &p)
{
    if (p.volunteerId != 0) {
        auto taken = core::queryValue(m_db,
            QStringLiteral("SELECT v.last_name || ' ' || v.first_name FROM training_participant p JOIN volunteer v "
                           "ON v.id = p.volunteer_id WHERE p.edition_id = ? AND p.volunteer_id = ? AND p.id <> ?"),
            { p.editionId, p.volunteerId, p.id });
        if (!taken)
            return taken.error();
        if (!taken->isNull())
            return Error(QStringLiteral("training.already_enrolled"), { taken->toString() });
    }
    return upsert(m_db, QStringLiteral("training_participant"),
        { QStringLiteral("edition_id"), QStringLiteral("volunteer_id"), QStringLiteral("last_name"),
            QStringLiteral("first_name"), QStringLiteral("affiliation"), QStringLiteral("enrolled_on"),
            QStringLiteral("notes") },
        { p.editionId, nullable(p.volunteerId), p.volunteerId ? QString() : p.lastName.simplified(),
            p.volunteerId ? QString() : p.firstName.simplified(), p.affiliation.simplified(),
            core::toSqlDate(p.enrolledOn), p.notes.trimmed() },
        p.id);
}

Status TrainingRepository::setTestResult(qint64 participantId, TestResult result, int score)
{
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto q = core::runQuery(m_db,
        QStringLiteral("UPDATE training_participant SET test_result = ?, test_score = ? WHERE id = ?"),
        { testResultCode(result), score >= 0 ? QVariant(score) : QVariant(), participantId });
    if (!q)
        return q.error();
    return tx.commit();
}

Status TrainingRepository::setCertificate(qint64 participantId, const QString &number, const QDate &day,
    qint64 qualificationId)
{
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto q = core::runQuery(m_db,
        QStringLiteral("UPDATE training_participant SET certificate_number = ?, certificate_issued_on = ?, "
                       "qualification_id = ? WHERE id = ?"),
        { number, nullableDate(day), nullable(qualificationId), participantId });
    if (!q)
        return q.error();
    return tx.commit();
}

Result<QString> TrainingRepository::nextCertificateNumber(const Edition &e, int workstation) const
{
    const QString prefix = workstation <= 1 ? e.code + QLatin1Char('/')
                                            : QStringLiteral("%1/%2-").arg(e.code).arg(workstation);
    auto q = core::runQuery(m_db,
        QStringLiteral("SELECT certificate_number FROM training_participant WHERE edition_id = ? "
                       "AND substr(certificate_number, 1, ?) = ?"),
        { e.id, prefix.size(), prefix });
    if (!q)
        return q.error();
    int highest = 0;
    while (q->next()) {
        bool ok = false;
        const int n = q->value(0).toString().mid(prefix.size()).toInt(&ok);
        if (ok)
            highest = std::max(highest, n);
    }
    if (auto s = core::queryFinished(*q); !s)
        return s.error();
    return prefix + QStringLiteral("%1").arg(highest + 1, 3, 10, QLatin1Char('0'));
}

Result<QSet<qint64>> TrainingRepository::attendance(qint64 sessionId) const
{
    auto q = core::runQuery(m_db, QStringLiteral("SELECT participant_id FROM training_attendance WHERE session_id = ?"),
        { sessionId });
    if (!q)
        return q.error();
    QSet<qint64> set;
    while (q->next())
        set.insert(q->value(0).toLongLong());
    if (auto s = core::queryFinished(*q); !s)
        return s.error();
    return set;
}

Status TrainingRepository::setAttendance(qint64 sessionId, const QSet<qint64> &wanted)
{
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto current = attendance(sessionId);
    if (!current)
        return current.error();
    for (qint64 id : *current)
        if (!wanted.contains(id)) {
            auto q = core::runQuery(m_db,
                QStringLiteral("DELETE FROM training_attendance WHERE session_id = ? AND participant_id = ?"),
                { sessionId, id });
            if (!q)
                return q.error();
        }
    QList<qint64> added;
    for (qint64 id : wanted)
        if (!current->contains(id))
            added.append(id);
    std::sort(added.begin(), added.end());
    for (qint64 id : std::as_const(added)) {
        auto same = core::queryValue(m_db,
            QStringLiteral("SELECT count(*) FROM training_participant p JOIN training_session s "
                           "ON s.edition_id = p.edition_id WHERE p.id = ? AND s.id = ?"),
            { id, sessionId });
        if (!same)
            return same.error();
        if (same->toInt() == 0)
            return Error(QStringLiteral("training.participant_not_in_edition"));
        const qint64 rowId = core::keyedRowId(QStringLiteral("training_attendance"), { sessionId, id });
        auto q = core::runQuery(m_db,
            QStringLiteral("INSERT INTO training_attendance(id, session_id, participant_id) VALUES (?, ?, ?)"),
            { rowId, sessionId, id });
        if (!q)
            return q.error();
    }
    return tx.commit();
}

Result<QList<Exercise>> TrainingRepository::exercises(int year, qint64 organisationId) const
{
    auto q = core::runQuery(m_db,
        QStringLiteral("SELECT %1 FROM training_exercise WHERE (? = 0 OR substr(start_date, 1, 4) = ?) "
                       "AND (? = 0 OR organisation_id = ?) ORDER BY start_date, id")
            .arg(QLatin1String(exerciseColumns)),
        { year, QString::number(year), organisationId, organisationId });
    if (!q)
        return q.error();
    QList<Exercise> list;
    while (q->next())
        list.append(readExercise(*q));
    if (auto s = core::queryFinished(*q); !s)
        return s.error();
    return list;
}

Result<Exercise> TrainingRepository::exercise(qint64 id) const
{
    auto q = core::runQuery(m_db,
        QStringLiteral("SELECT %1 FROM training_exercise WHERE id = ?").arg(QLatin1String(exerciseColumns)), { id });
    if (!q)
        return q.error();
    return q->next() ? readExercise(*q) : Exercise {};
}

Status TrainingRepository::saveExercise(Exercise &x)
{
    auto known = core::queryValue(m_db, QStringLiteral("SELECT count(*) FROM organisation WHERE id = ?"),
        { x.organisationId });
    if (!known)
        return known.error();
    if (known->toInt() == 0)
        return Error(QStringLiteral("training.organisation_missing"));
    return upsert(m_db, QStringLiteral("training_exercise"),
        { QStringLiteral("organisation_id"), QStringLiteral("title"), QStringLiteral("scenario"),
            QStringLiteral("start_date"), QStringLiteral("end_date"), QStringLiteral("comune_id"), QStringLiteral("place"),
            QStringLiteral("participants"), QStringLiteral("person_days"), QStringLiteral("notes") },
        { x.organisationId, x.title.simplified(), scenarioCode(x.scenario), core::toSqlDate(x.startDate),
            core::toSqlDate(x.endDate), x.comuneId ? QVariant(x.comuneId) : QVariant(), x.place.simplified(),
            x.participants, x.personDays, x.notes.trimmed() },
        x.id);
}

void TrainingRepository::declareAuditNames()
{
    using core::AuditText;
    AuditText::setRowQuery(QStringLiteral("training_course"),
        QStringLiteral("SELECT title FROM training_course WHERE id = ?"), [] { return QStringLiteral("%1"); });
    AuditText::setRowQuery(QStringLiteral("training_edition"),
        QStringLiteral("SELECT e.code, c.title FROM training_edition e JOIN training_course c ON c.id = e.course_id "
                       "WHERE e.id = ?"),
        [] { return TrainingAuditNames::tr("%2, edition %1"); });
    AuditText::setRowQuery(QStringLiteral("training_session"),
        QStringLiteral("SELECT e.code, strftime('%d/%m/%Y', s.day) FROM training_session s JOIN training_edition e "
                       "ON e.id = s.edition_id WHERE s.id = ?"),
        [] { return TrainingAuditNames::tr("session of %2, edition %1"); });
    AuditText::setRowQuery(QStringLiteral("training_participant"),
        QStringLiteral("SELECT CASE WHEN v.id IS NULL THEN p.last_name || ' ' || p.first_name "
                       "ELSE v.last_name || ' ' || v.first_name END, e.code FROM training_participant p "
                       "JOIN training_edition e ON e.id = p.edition_id LEFT JOIN volunteer v ON v.id = p.volunteer_id "
                       "WHERE p.id = ?"),
        [] { return TrainingAuditNames::tr("%1, edition %2"); });
    AuditText::setRowQuery(QStringLiteral("training_exercise"),
        QStringLiteral("SELECT title, strftime('%d/%m/%Y', start_date) FROM training_exercise WHERE id = ?"),
        [] { return TrainingAuditNames::tr("%1 of %2"); });
}

} // namespace volunteers

namespace volunteers {

int TrainingRepository::yearWithEditions(int year, const QDate &upTo) const
{
    auto q = core::runQuery(m_db,
        QStringLiteral("SELECT CAST(substr(max(CASE WHEN start_date <= ? THEN start_date END), 1, 4) AS INTEGER), "
                       "sum(substr(start_date, 1, 4) = ?) FROM training_edition"),
        { core::toSqlDate(upTo), QString::number(year) });
    if (!q || !q->next() || q->value(0).isNull() || q->value(1).toInt() > 0)
        return year;
    return q->value(0).toInt();
}

int TrainingRepository::yearWithExercises(int year) const
{
    auto q = core::runQuery(m_db,
        QStringLiteral("SELECT CAST(substr(max(start_date), 1, 4) AS INTEGER), sum(substr(start_date, 1, 4) = ?) "
                       "FROM training_exercise"),
        { QString::number(year) });
    if (!q || !q->next() || q->value(0).isNull() || q->value(1).toInt() > 0)
        return year;
    return q->value(0).toInt();
}

Result<QHash<int, QString>> TrainingRepository::exerciseComuneNames() const
{
    auto q = core::runQuery(m_db,
        QStringLiteral("SELECT id, name FROM comune WHERE id IN (SELECT comune_id FROM training_exercise)"));
    if (!q)
        return q.error();
    QHash<int, QString> names;
    while (q->next())
        names.insert(q->value(0).toInt(), q->value(1).toString());
    return names;
}

} // namespace volunteers
