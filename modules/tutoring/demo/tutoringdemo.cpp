#include "tutoring/demo/tutoringdemo.h"

#include "core/db/idallocator.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/domain/csv.h"
#include "core/domain/dates.h"
#include "core/reference/comunematcher.h"
#include "tutoring/domain/bookingrules.h"
#include "tutoring/domain/bookingworldloader.h"
#include "tutoring/demo/demonames.h"
#include "tutoring/domain/peoplerepository.h"
#include "tutoring/domain/servicerepository.h"

#include <QFile>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace tutoring {

using core::Error;
using core::Result;
using core::Status;

namespace {

constexpr int generalSubject = 1; // "Ambito generale", middle school

// Splits `total` into `parts` positive amounts around the mean (at least 1
// each, at most `cap`), summing exactly to total.
QList<int> splitHours(int total, int parts, int cap, QRandomGenerator &random)
{
    QList<double> weights;
    double sum = 0;
    for (int i = 0; i < parts; ++i) {
        weights.append(0.6 + random.generateDouble() * 0.8);
        sum += weights.last();
    }
    QList<int> out;
    int given = 0;
    for (int i = 0; i < parts; ++i) {
        out.append(std::clamp(int(std::floor(total * weights.at(i) / sum)), 1, cap));
        given += out.last();
    }
    // Hand out (or take back) the difference one hour at a time.
    for (int i = 0; given != total; i = (i + 1) % parts) {
        if (given < total && out[i] < cap) {
            ++out[i];
            ++given;
        } else if (given > total && out[i] > 1) {
            --out[i];
            --given;
        }
    }
    return out;
}

// Largest-remainder split of each unit's hours into a past share so that
// the shares add up exactly to `pastTotal`.
QList<int> pastShares(const QList<int> &hours, int pastTotal)
{
    int all = 0;
    for (int h : hours)
        all += h;
    QList<int> shares;
    QList<QPair<double, int>> remainders;
    int given = 0;
    for (int i = 0; i < hours.size(); ++i) {
        const double exact = double(hours.at(i)) * pastTotal / std::max(1, all);
        shares.append(int(std::floor(exact)));
        given += shares.last();
        remainders.append({ exact - shares.last(), i });
    }
    std::sort(remainders.begin(), remainders.end(),
        [](const auto &a, const auto &b) { return a.first > b.first || (a.first == b.first && a.second < b.second); });
    for (int k = 0; given < pastTotal && k < remainders.size(); ++k, ++given)
        ++shares[remainders.at(k).second];
    return shares;
}

template <typename T> void shuffle(QList<T> &list, QRandomGenerator &random)
{
    for (qsizetype i = list.size() - 1; i > 0; --i)
        list.swapItemsAt(i, qsizetype(random.bounded(quint32(i + 1))));
}

QString tutoringDemoMiddleSchool(const QString &comune)
{
    return QStringLiteral("Istituto comprensivo di %1").arg(comune);
}

qint64 ms(const QDate &day, int hour, int minute)
{
    return QDateTime(day, QTime(hour, 0).addSecs(minute * 60)).toMSecsSinceEpoch();
}

// One pupil's hours of one subject, to be placed on the calendar.
struct Unit {
    qint64 pupilId = 0;
    int subjectId = 0;
    int hours = 0;
    Channel channel = Channel::Platform;
    qint64 assignmentId = 0;
    qint64 assistantId = 0; // BES: the assigned assistant
};

struct Planned {
    BookingRequest request;
    bool cancelled = false;
};

// Places hours on free slots, checking every booking with BookingRules
// against what was placed before, so the demo obeys the same rules as the
// calendar (except the past, which it is).
class Planner {
public:
    Planner(BookingWorld world, QRandomGenerator &random)
        : m_world(std::move(world))
        , m_random(random)
    {
    }

    // Places `count` hours of the unit on distinct days among `days`.
    Status place(const Unit &unit, int count, const QList<QDate> &days, bool cancelled = false)
    {
        QList<QDate> order = days;
        shuffle(order, m_random);
        int placed = 0;
        for (const QDate &day : order) {
            if (placed == count)
                break;
            if (placeOn(unit, day, cancelled))
                ++placed;
        }
        if (placed < count)
            return Error(QStringLiteral("tutoring.demo_unplaceable"),
                { QString::number(unit.pupilId), QString::number(unit.subjectId), QString::number(count),
                    QString::number(count - placed), QString::number(days.size()) });
        return {};
    }

    const QList<Planned> &planned() const { return m_planned; }
    const BookingWorld &world() const { return m_world; }

private:
    bool placeOn(const Unit &unit, const QDate &day, bool cancelled)
    {
        const ServicePeriod *period = m_world.periodOf(day);
        if (!period)
            return false;
        QList<int> hours = period->slotHours;
        shuffle(hours, m_random);
        for (int hour : hours) {
            BookingRequest r;
            r.pupilId = unit.pupilId;
            r.subjectId = unit.subjectId;
            r.day = day;
            r.hour = hour;
            r.channel = unit.channel;
            r.besAssignmentId = unit.assignmentId;
            if (unit.channel == Channel::Bes) {
                r.assistantId = unit.assistantId;
            } else {
                const QList<qint64> free = BookingRules::freeAssistants(m_world, unit.subjectId, day, hour);
                if (free.isEmpty())
                    continue;
                r.assistantId = free.at(int(m_random.bounded(quint32(free.size()))));
            }
            if (!BookingRules::violations(m_world, r).isEmpty())
                continue;
            m_world.addBooking({ m_next++, r.pupilId, r.assistantId, r.subjectId, r.day, r.hour });
            m_planned.append({ r, cancelled });
            return true;
        }
        return false;
    }

    BookingWorld m_world;
    QRandomGenerator &m_random;
    QList<Planned> m_planned;
    qint64 m_next = 1;
};

// Writes bookings and outcomes with prepared statements reused for speed.
class LedgerWriter {
public:
    explicit LedgerWriter(const QSqlDatabase &db)
        : m_db(db)
        , m_booking(db)
        , m_outcome(db)
    {
    }

    Status prepare()
    {
        const QString booking
            = QStringLiteral("INSERT INTO tutoring_booking(id, pupil_id, subject_id, assistant_id, day, start_hour, "
                             "channel, bes_assignment_id, "
                             "booked_at, booked_by, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo', '')");
        const QString outcome = QStringLiteral("INSERT INTO tutoring_outcome(id, booking_id, outcome, taught_by, "
                                               "tutor_id, corrects_id, recorded_at, recorded_by, note) "
                                               "VALUES (?, ?, ?, ?, ?, ?, ?, 'demo', ?)");
        if (!m_booking.prepare(booking))
            return core::queryError(m_booking, booking);
        if (!m_outcome.prepare(outcome))
            return core::queryError(m_outcome, outcome);
        return {};
    }

    // Ids are taken from the allocator in blocks: one query per block.
    Result<qint64> nextId()
    {
        if (m_nextId == 0 || m_nextId > m_lastId) {
            auto first = core::allocateRowId(m_db, 1024);
            if (!first)
                return first.error();
            m_nextId = *first;
            m_lastId = *first + 1023;
        }
        return m_nextId++;
    }

    Result<qint64> booking(const BookingRequest &r, qint64 bookedAt)
    {
        auto id = nextId();
        if (!id)
            return id.error();
        const QVariantList v { *id, r.pupilId, r.subjectId, r.assistantId, core::toSqlDate(r.day), r.hour,
            toSql(r.channel), r.channel == Channel::Bes ? QVariant(r.besAssignmentId) : QVariant(), bookedAt };
        for (int i = 0; i < v.size(); ++i)
            core::bindValue(m_booking, i, v.at(i));
        if (!m_booking.exec())
            return core::queryError(m_booking, QStringLiteral("INSERT INTO tutoring_booking"));
        return *id;
    }

    Result<qint64> outcome(qint64 bookingId, LessonState state, qint64 tutorId, qint64 correctsId, qint64 recordedAt,
        const QString &note = QString())
    {
        auto id = nextId();
        if (!id)
            return id.error();
        const bool given = state == LessonState::Given;
        const QVariantList v { *id, bookingId, toSql(state),
            given ? QVariant(toSql(tutorId ? TaughtBy::Tutor : TaughtBy::Assistant)) : QVariant(),
            tutorId ? QVariant(tutorId) : QVariant(), correctsId ? QVariant(correctsId) : QVariant(), recordedAt,
            note };
        for (int i = 0; i < v.size(); ++i)
            core::bindValue(m_outcome, i, v.at(i));
        if (!m_outcome.exec())
            return core::queryError(m_outcome, QStringLiteral("INSERT INTO tutoring_outcome"));
        return *id;
    }

private:
    QSqlDatabase m_db;
    QSqlQuery m_booking;
    QSqlQuery m_outcome;
    qint64 m_nextId = 0;
    qint64 m_lastId = 0;
};

// The moment a lesson was booked: a few days before, never before the
// platform opened (1 February 2021) nor after the lesson.
qint64 bookedAtFor(const QDate &day, int hour, QRandomGenerator &random, const QDate &opening)
{
    QDate when = day.addDays(-1 - int(random.bounded(10u)));
    if (when < opening)
        when = opening;
    const qint64 at = ms(when, 18, int(random.bounded(180u)));
    return std::min(at, ms(day, hour, 0) - 3600 * 1000);
}

struct DemoPeople {
    QList<qint64> tutors;
    QList<qint64> assistants; // all 111
    QHash<qint64, qint64> tutorOfAssistant; // assistant -> tutor
    QHash<int, QList<qint64>> teachersBySubject; // course done, January
};

class TutoringDemo {
public:
    explicit TutoringDemo(core::DemoContext &context)
        : m_context(context)
        , m_db(context.db)
        , m_asOfClock(QDateTime(PublishedTutoring::asOf(), QTime(20, 0)))
        , m_todayClock(QDateTime(context.today, QTime(12, 0)))
    {
    }

    Status run()
    {
        core::Transaction tx(m_db);
        if (!tx)
            return tx.error();
        // A generator of our own, so that the other modules' demo steps do
        // not change this one. Should a seed ever leave an hour without a
        // slot, the next seed is tried from scratch (a savepoint each).
        Status built = Error(QStringLiteral("tutoring.demo_unplaceable"));
        for (quint32 attempt = 0; attempt < 5 && !built; ++attempt) {
            core::Transaction savepoint(m_db);
            if (!savepoint)
                return savepoint.error();
            m_random.seed(20210204 + attempt);
            m_people = DemoPeople();
            m_pupilComuni.clear();
            built = publishedEdition();
            if (built)
                built = savepoint.commit();
        }
        if (!built)
            return built;
        for (int y = 1; y <= m_context.years; ++y)
            if (auto s = laterYear(y); !s)
                return s;
        return tx.commit();
    }

private:
    Status publishedEdition();
    Status createPeople();
    Result<QList<Unit>> createPupils(const core::ComuneMatcher &matcher);
    Status writeLedger(const QList<Planned> &planned, const QDate &asOf, int noShows, int standIns, int corrections);
    Status laterYear(int year);
    Result<qint64> saveAssistant(
        int index, int schoolId, int comuneId, SafetyCourse course, const QDate &courseOn, const QList<int> &subjects);

    core::DemoContext &m_context;
    QSqlDatabase m_db;
    QRandomGenerator m_random;
    core::FixedClock m_asOfClock;
    core::FixedClock m_todayClock;
    DemoPeople m_people;
    QList<int> m_pupilComuni; // the 26 comuni of the published table
};

// --- The published edition -------------------------------------------------------------

Status TutoringDemo::createPeople()
{
    PeopleRepository people(m_db, m_asOfClock);
    // Six tutors: teachers and retired teachers.
    const QList<QPair<QString, QString>> tutorNames = { { QStringLiteral("Brambilla"), QStringLiteral("Giovanna") },
        { QStringLiteral("Colombo"), QStringLiteral("Roberto") },
        { QStringLiteral("Fumagalli"), QStringLiteral("Maria Grazia") },
        { QStringLiteral("Galli"), QStringLiteral("Paolo") }, { QStringLiteral("Mauri"), QStringLiteral("Laura") },
        { QStringLiteral("Sironi"), QStringLiteral("Franco") } };
    for (int i = 0; i < tutorNames.size(); ++i) {
        Tutor t;
        t.code = QStringLiteral("T%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        t.familyName = tutorNames.at(i).first;
        t.givenName = tutorNames.at(i).second;
        t.kind = i % 2 == 0 ? TutorKind::RetiredTeacher : TutorKind::Teacher;
        t.email = QStringLiteral("tutor%1@conosciamo.example.it").arg(i + 1);
        auto id = people.saveTutor(t);
        if (!id)
            return id.error();
        m_people.tutors.append(*id);
    }

    // 111 study assistants from the 16 schools, living in 34 comuni.
    const QStringList homeNames = QStringLiteral(
        "Milano,Sesto San Giovanni,Cinisello Balsamo,Paderno Dugnano,Cologno Monzese,Magenta,Melzo,Rho,Bollate,Cormano,"
        "Cusano Milanino,Bresso,Segrate,Pioltello,San Donato Milanese,San Giuliano Milanese,Peschiera Borromeo,Corsico,"
        "Buccinasco,Rozzano,Opera,Assago,Cesano Boscone,Settimo Milanese,Pero,Novate Milanese,Garbagnate Milanese,"
        "Senago,Corbetta,Abbiategrasso,Gorgonzola,Cernusco sul Naviglio,Vimodrone,Legnano")
                                      .split(QLatin1Char(','));
    QList<int> homes;
    for (const QString &name : homeNames) {
        auto id = core::queryValue(m_db,
            QStringLiteral("SELECT c.id FROM comune c JOIN comune_cmm m ON m.comune_id = c.id WHERE c.name = ?"),
            { name });
        if (!id)
            return id.error();
        if (!id->isValid())
            return Error(QStringLiteral("reference.unknown_comune"), { name });
        homes.append(id->toInt());
    }
    auto schools = core::runQuery(m_db, QStringLiteral("SELECT s.id, s.comune_id FROM school s ORDER BY s.sort_order"));
    if (!schools)
        return schools.error();
    QList<QPair<int, int>> schoolList;
    while (schools->next())
        schoolList.append({ schools->value(0).toInt(), schools->value(1).toInt() });

    // Who did the course: 40 in January, 18 at the February edition; 53 enrolled.
    QList<int> order;
    for (int i = 0; i < PublishedTutoring::assistants; ++i)
        order.append(i);
    shuffle(order, m_random);
    QHash<int, int> courseGroup; // index -> 0 January, 1 February, 2 enrolled
    for (int k = 0; k < order.size(); ++k)
        courseGroup.insert(order.at(k), k < 40 ? 0 : (k < PublishedTutoring::assistantsSafetyDone ? 1 : 2));
    const QList<QDate> januaryEditions { QDate(2021, 1, 16), QDate(2021, 1, 23), QDate(2021, 1, 30) };

    // Subjects: the general area for most, the specific areas spread so
    // that each has several teachers.
    const QList<int> highSubjects { 2, 3, 4, 5, 6, 7, 8, 9 };
    const QList<int> highWeights { 6, 7, 7, 3, 2, 3, 2, 2 };
    int weightSum = 0;
    for (int w : highWeights)
        weightSum += w;
    auto pickHigh = [&]() {
        int r = int(m_random.bounded(quint32(weightSum)));
        for (int i = 0; i < highSubjects.size(); ++i) {
            if (r < highWeights.at(i))
                return highSubjects.at(i);
            r -= highWeights.at(i);
        }
        return highSubjects.first();
    };

    for (int i = 0; i < PublishedTutoring::assistants; ++i) {
        const auto school = schoolList.at(i % schoolList.size());
        // The first 34 cover every home comune once; then near the school or anywhere.
        int home = i < homes.size()
            ? homes.at(i)
            : (m_random.bounded(2u) == 0 ? school.second : homes.at(int(m_random.bounded(quint32(homes.size())))));
        if (!homes.contains(home))
            home = homes.first();
        const int group = courseGroup.value(i);
        const SafetyCourse course = group == 2 ? SafetyCourse::Enrolled : SafetyCourse::Done;
        const QDate on
            = group == 0 ? januaryEditions.at(int(m_random.bounded(3u))) : (group == 1 ? QDate(2021, 2, 20) : QDate());
        QList<int> subjects;
        if (i % 5 != 4)
            subjects.append(generalSubject);
        // Every specific area gets at least one teacher among the first 16.
        if (i < highSubjects.size() * 2)
            subjects.append(highSubjects.at(i % highSubjects.size()));
        const int extra = int(m_random.bounded(3u));
        for (int k = 0; k < extra; ++k)
            subjects.append(pickHigh());
        auto id = saveAssistant(i, school.first, home, course, on, subjects);
        if (!id)
            return id.error();
        m_people.assistants.append(*id);
        m_people.tutorOfAssistant.insert(*id, m_people.tutors.at(i % m_people.tutors.size()));
        if (group == 0)
            for (int s : subjects)
                m_people.teachersBySubject[s].append(*id);
    }
    return {};
}

Result<qint64> TutoringDemo::saveAssistant(
    int index, int schoolId, int comuneId, SafetyCourse course, const QDate &courseOn, const QList<int> &subjects)
{
    Assistant a;
    a.code = QStringLiteral("A%1").arg(index + 1, 3, 10, QLatin1Char('0'));
    a.familyName = DemoNames::pick(DemoNames::familyNames(), m_random);
    a.givenName = DemoNames::pick(DemoNames::givenNames(), m_random);
    a.schoolId = schoolId;
    a.classYear = m_random.bounded(2u) == 0 ? 4 : 5;
    a.comuneId = comuneId;
    a.tutorId = m_people.tutors.at(index % m_people.tutors.size());
    a.email = QStringLiteral("assistente%1@studenti.example.it").arg(index + 1);
    a.phone = QStringLiteral("+39 347 %1").arg(1000000 + int(m_random.bounded(8999999u)));
    a.safetyCourse = course;
    a.safetyCourseOn = courseOn;
    a.subjectIds = subjects;
    // Three or four afternoons a week, two or three slots each.
    QList<int> days { 1, 2, 3, 4, 5, 6 };
    shuffle(days, m_random);
    const int dayCount = 3 + int(m_random.bounded(2u));
    for (int d = 0; d < dayCount; ++d) {
        QList<int> hours { 15, 16, 17 };
        shuffle(hours, m_random);
        const int hourCount = 2 + int(m_random.bounded(2u));
        for (int h = 0; h < hourCount; ++h)
            a.availability.append(availabilityKey(days.at(d), hours.at(h)));
    }
    return PeopleRepository(m_db, m_asOfClock).saveAssistant(a);
}

Result<QList<Unit>> TutoringDemo::createPupils(const core::ComuneMatcher &matcher)
{
    QFile file(QStringLiteral(":/tutoring/tutoring_by_comune.csv"));
    if (!file.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("file.cannot_read"), { file.fileName(), file.errorString() });
    auto table = core::parseCsv(file.readAll(), QStringLiteral("tutoring_by_comune.csv"));
    if (!table)
        return table.error();

    PeopleRepository people(m_db, m_asOfClock);
    QList<Unit> units;
    int serial = 0;
    auto newPupil = [&](int comuneId, const QString &comuneName, SchoolOrder order, bool bes) -> Result<qint64> {
        Pupil p;
        p.code = QStringLiteral("R%1").arg(++serial, 3, 10, QLatin1Char('0'));
        p.familyName = DemoNames::pick(DemoNames::familyNames(), m_random);
        p.givenName = DemoNames::pick(DemoNames::givenNames(), m_random);
        p.order = order;
        p.classYear = order == SchoolOrder::Middle ? 2 + int(m_random.bounded(2u)) : 1 + int(m_random.bounded(2u));
        // School year 2020/21: 2nd middle born 2008 ... 2nd high born 2005.
        p.birthYear = order == SchoolOrder::Middle ? 2010 - p.classYear : 2007 - p.classYear;
        p.schoolName = order == SchoolOrder::Middle ? tutoringDemoMiddleSchool(comuneName)
                                                    : DemoNames::pick(DemoNames::highSchools(), m_random);
        p.comuneId = comuneId;
        p.parentName = DemoNames::pick(DemoNames::givenNames(), m_random) + QLatin1Char(' ') + p.familyName;
        p.parentPhone = QStringLiteral("+39 340 %1").arg(1000000 + int(m_random.bounded(8999999u)));
        p.parentEmail = QStringLiteral("famiglia.%1@posta.example.it").arg(serial);
        p.bes = bes;
        p.consentOn = QDate(2021, 2, 1).addDays(int(m_random.bounded(3u)));
        return people.savePupil(p);
    };
    auto subjectsFor = [&](SchoolOrder order) {
        if (order == SchoolOrder::Middle)
            return QList<int> { generalSubject };
        QList<int> subjects;
        const QList<int> common { 3, 4, 2, 3, 4, 5, 6, 7 };
        subjects.append(common.at(int(m_random.bounded(quint32(common.size())))));
        if (m_random.bounded(3u) == 0) {
            const int second = common.at(int(m_random.bounded(quint32(common.size()))));
            if (second != subjects.first())
                subjects.append(second);
        }
        return subjects;
    };

    const int comuneCol = table->column({ QStringLiteral("comune_as_published") });
    const int middleCol = table->column({ QStringLiteral("pupils_middle_school") });
    const int highCol = table->column({ QStringLiteral("pupils_high_school") });
    const int hoursCol = table->column({ QStringLiteral("hours_booked") });
    for (const core::CsvRecord &r : table->records) {
        const QString published = r.fields.value(comuneCol);
        const core::ComuneMatch match = matcher.match(published);
        if (!match.isMatch())
            return Error(QStringLiteral("reference.comune_not_found"), { published });
        const int comuneId = match.comune.comuneId;
        m_pupilComuni.append(comuneId);
        const int middle = r.fields.value(middleCol).toInt(), high = r.fields.value(highCol).toInt();
        const int hours = r.fields.value(hoursCol).toInt();
        const QList<int> perPupil = splitHours(hours, middle + high, 36, m_random);
        for (int k = 0; k < middle + high; ++k) {
            const SchoolOrder order = k < middle ? SchoolOrder::Middle : SchoolOrder::High;
            auto id = newPupil(comuneId, match.comune.name, order, false);
            if (!id)
                return id.error();
            const QList<int> subjects = subjectsFor(order);
            const QList<int> split = perPupil.at(k) >= int(subjects.size())
                ? splitHours(perPupil.at(k), int(subjects.size()), 36, m_random)
                : QList<int> { perPupil.at(k) };
            for (int s = 0; s < split.size(); ++s)
                units.append({ *id, subjects.at(s), split.at(s), Channel::Platform, 0, 0 });
        }
    }

    // 16 BES pupils living in the same comuni, each with a stable assistant
    // (a January course, a different one each) and 640 hours in all.
    const QList<int> besHours
        = splitHours(PublishedTutoring::hoursBookedBes, PublishedTutoring::pupilsBes, 45, m_random);
    QSet<qint64> usedAssistants;
    for (int k = 0; k < PublishedTutoring::pupilsBes; ++k) {
        const SchoolOrder order = k < 9 ? SchoolOrder::Middle : SchoolOrder::High;
        const int comuneId = m_pupilComuni.at(int(m_random.bounded(quint32(m_pupilComuni.size()))));
        auto name = core::queryValue(m_db, QStringLiteral("SELECT name FROM comune WHERE id = ?"), { comuneId });
        if (!name)
            return name.error();
        auto id = newPupil(comuneId, name->toString(), order, true);
        if (!id)
            return id.error();
        const int subject = order == SchoolOrder::Middle ? generalSubject : QList<int> { 3, 4, 2 }.at(k % 3);
        qint64 assistant = 0;
        for (qint64 candidate : m_people.teachersBySubject.value(subject))
            if (!usedAssistants.contains(candidate)) {
                assistant = candidate;
                break;
            }
        if (!assistant)
            return Error(
                QStringLiteral("tutoring.demo_unplaceable"), { QString::number(*id), QString::number(besHours.at(k)) });
        usedAssistants.insert(assistant);
        auto assignment = core::allocateRowId(m_db);
        if (!assignment)
            return assignment.error();
        const QDate first = QDate(2021, 2, 4).addDays(int(m_random.bounded(3u)));
        if (auto q = core::runQuery(m_db,
                QStringLiteral("INSERT INTO tutoring_bes_assignment(id, pupil_id, assistant_id, first_day, last_day, "
                               "assigned_at, assigned_by, note) "
                               "VALUES (?, ?, ?, ?, NULL, ?, 'demo', ?)"),
                { *assignment, *id, assistant, core::toSqlDate(first), ms(first.addDays(-2), 11, 0),
                    QStringLiteral("Assegnazione extra piattaforma: figura educativa stabile") });
            !q)
            return q.error();
        units.append({ *id, subject, besHours.at(k), Channel::Bes, *assignment, assistant });
    }
    return units;
}

Status TutoringDemo::publishedEdition()
{
    ServiceRepository service(m_db);
    if (auto p = service.savePeriod(publishedServicePeriod()); !p)
        return p.error();
    if (auto s = createPeople(); !s)
        return s;
    auto matcher = core::ComuneMatcher::load(m_db);
    if (!matcher)
        return matcher.error();
    auto units = createPupils(*matcher);
    if (!units)
        return units.error();

    auto world = loadBookingWorld(m_db, {}, {});
    if (!world)
        return world.error();
    const ServicePeriod period = publishedServicePeriod();
    QList<QDate> past, future;
    for (QDate d = period.firstDay; d <= period.lastDay; d = d.addDays(1))
        if (period.isServiceDay(d))
            (d <= PublishedTutoring::asOf() ? past : future).append(d);

    // Up to 19/03 lessons have an outcome: given, or the pupil was absent.
    constexpr int noShows = 41;
    QList<int> hours;
    for (const Unit &u : *units)
        hours.append(u.hours);
    const QList<int> pastHours = pastShares(hours, PublishedTutoring::hoursGiven + noShows);

    Planner planner(*world, m_random);
    // BES first: their assistant is fixed, the others can go to anyone free.
    for (const Channel channel : { Channel::Bes, Channel::Platform })
        for (int i = 0; i < units->size(); ++i) {
            const Unit &u = units->at(i);
            if (u.channel != channel)
                continue;
            if (auto s = planner.place(u, pastHours.at(i), past); !s)
                return s;
            if (auto s = planner.place(u, u.hours - pastHours.at(i), future); !s)
                return s;
        }
    // A few more hours booked on the calendar and then cancelled by the
    // family: in the ledger, not in the hours booked.
    QList<Unit> platformUnits;
    for (const Unit &u : *units)
        if (u.channel == Channel::Platform)
            platformUnits.append(u);
    for (int k = 0; k < 24; ++k) {
        Unit u = platformUnits.at(int(m_random.bounded(quint32(platformUnits.size()))));
        (void)planner.place(u, 1, k % 3 == 0 ? future : past, true);
    }
    return writeLedger(planner.planned(), PublishedTutoring::asOf(), noShows, PublishedTutoring::hoursStandIn, 3);
}

Status TutoringDemo::writeLedger(
    const QList<Planned> &planned, const QDate &asOf, int noShows, int standIns, int corrections)
{
    LedgerWriter writer(m_db);
    if (auto s = writer.prepare(); !s)
        return s;
    const QDate opening(2021, 2, 1);
    // Which past lessons had the pupil absent, which a tutor gave, which
    // outcome was first recorded wrong and then corrected.
    QList<int> pastIndexes;
    for (int i = 0; i < planned.size(); ++i)
        if (!planned.at(i).cancelled && planned.at(i).request.day <= asOf)
            pastIndexes.append(i);
    shuffle(pastIndexes, m_random);
    QHash<int, char> role; // 'n' no-show, 't' stand-in, 'c' corrected no-show -> given, 'u' corrected to stand-in
    int k = 0;
    for (int n = 0; n < noShows && k < pastIndexes.size(); ++n)
        role.insert(pastIndexes.at(k++), 'n');
    for (int n = 0; n < standIns - 1 && k < pastIndexes.size(); ++n)
        role.insert(pastIndexes.at(k++), 't');
    if (standIns > 0 && k < pastIndexes.size())
        role.insert(pastIndexes.at(k++), 'u');
    for (int n = 0; n < corrections && k < pastIndexes.size(); ++n)
        role.insert(pastIndexes.at(k++), 'c');

    for (int i = 0; i < planned.size(); ++i) {
        const BookingRequest &r = planned.at(i).request;
        const qint64 bookedAt = bookedAtFor(r.day, r.hour, m_random, opening);
        auto booking = writer.booking(r, bookedAt);
        if (!booking)
            return booking.error();
        if (planned.at(i).cancelled) {
            const qint64 cancelledAt = std::min(bookedAt + 86400 * 1000, ms(r.day, r.hour, 0) - 1800 * 1000);
            if (auto o
                = writer.outcome(*booking, LessonState::Cancelled, 0, 0, std::max(cancelledAt, bookedAt + 60000));
                !o)
                return o.error();
            continue;
        }
        if (r.day > asOf)
            continue; // still to come on the day of the published figures
        const qint64 evening = ms(r.day, 19, int(m_random.bounded(120u)));
        const qint64 nextMorning = ms(r.day.addDays(1), 10, int(m_random.bounded(60u)));
        const qint64 tutor = m_people.tutorOfAssistant.value(r.assistantId);
        switch (role.value(i, 'g')) {
        case 'n':
            if (auto o = writer.outcome(*booking, LessonState::NoShow, 0, 0, evening); !o)
                return o.error();
            break;
        case 't':
            if (auto o = writer.outcome(*booking, LessonState::Given, tutor, 0, evening); !o)
                return o.error();
            break;
        case 'u': {
            auto first = writer.outcome(*booking, LessonState::Given, 0, 0, evening);
            if (!first)
                return first.error();
            if (auto o = writer.outcome(*booking, LessonState::Given, tutor, *first, nextMorning,
                    QStringLiteral("La lezione è stata tenuta dal tutor"));
                !o)
                return o.error();
            break;
        }
        case 'c': {
            auto first = writer.outcome(*booking, LessonState::NoShow, 0, 0, evening);
            if (!first)
                return first.error();
            if (auto o = writer.outcome(*booking, LessonState::Given, 0, *first, nextMorning,
                    QStringLiteral("Assenza registrata per errore"));
                !o)
                return o.error();
            break;
        }
        default:
            if (auto o = writer.outcome(*booking, LessonState::Given, 0, 0, evening); !o)
                return o.error();
        }
    }
    return {};
}

// --- Later school years, for performance work ---------------------------------------------

Status TutoringDemo::laterYear(int year)
{
    ServicePeriod period;
    period.name = QStringLiteral("ConosciAMO %1/%2").arg(2020 + year).arg(2021 + year);
    period.firstDay = QDate(2020 + year, 10, 1);
    period.lastDay = QDate(2021 + year, 5, 31);
    if (period.firstDay >= m_context.today)
        return {};
    m_context.progress(QStringLiteral("tutoring %1").arg(period.name));
    ServiceRepository service(m_db);
    if (auto p = service.savePeriod(period); !p)
        return p.error();

    auto comuni = core::runQuery(m_db, QStringLiteral("SELECT comune_id FROM comune_cmm ORDER BY comune_id"));
    if (!comuni)
        return comuni.error();
    QList<int> comuneIds;
    while (comuni->next())
        comuneIds.append(comuni->value(0).toInt());

    PeopleRepository people(m_db, m_todayClock);
    QList<Unit> units;
    for (int k = 0; k < 150; ++k) {
        Pupil p;
        p.code = QStringLiteral("R%1-%2").arg(2020 + year).arg(k + 1, 3, 10, QLatin1Char('0'));
        p.familyName = DemoNames::pick(DemoNames::familyNames(), m_random);
        p.givenName = DemoNames::pick(DemoNames::givenNames(), m_random);
        p.order = k % 2 == 0 ? SchoolOrder::Middle : SchoolOrder::High;
        p.classYear = p.order == SchoolOrder::Middle ? 2 + k % 2 : 1 + (k / 2) % 2;
        p.birthYear = p.order == SchoolOrder::Middle ? 2010 + year - p.classYear : 2007 + year - p.classYear;
        p.comuneId = comuneIds.at(int(m_random.bounded(quint32(comuneIds.size()))));
        p.consentOn = period.firstDay;
        auto id = people.savePupil(p);
        if (!id)
            return id.error();
        const int subject = p.order == SchoolOrder::Middle ? generalSubject : 2 + int(m_random.bounded(3u));
        units.append({ *id, subject, 10 + int(m_random.bounded(50u)), Channel::Platform, 0, 0 });
    }
    auto world = loadBookingWorld(m_db, period.firstDay, period.lastDay);
    if (!world)
        return world.error();
    QList<QDate> days;
    for (QDate d = period.firstDay; d <= period.lastDay; d = d.addDays(1))
        if (period.isServiceDay(d))
            days.append(d);
    Planner planner(*world, m_random);
    for (const Unit &u : units)
        (void)planner.place(u, u.hours, days); // a busy year: whatever fits
    LedgerWriter writer(m_db);
    if (auto s = writer.prepare(); !s)
        return s;
    for (const Planned &p : planner.planned()) {
        const BookingRequest &r = p.request;
        auto booking = writer.booking(r, bookedAtFor(r.day, r.hour, m_random, period.firstDay.addDays(-7)));
        if (!booking)
            return booking.error();
        if (r.day >= m_context.today)
            continue;
        const quint32 dice = m_random.bounded(100u);
        const LessonState state
            = dice < 6 ? LessonState::Cancelled : (dice < 11 ? LessonState::NoShow : LessonState::Given);
        if (auto o = writer.outcome(*booking, state, 0, 0, ms(r.day, 19, 0)); !o)
            return o.error();
    }
    return {};
}

} // namespace

core::DemoStep tutoringDemoStep()
{
    return { QStringLiteral("tutoring"), [](core::DemoContext &context) { return TutoringDemo(context).run(); } };
}

} // namespace tutoring
