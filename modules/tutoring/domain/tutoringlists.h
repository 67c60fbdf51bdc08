#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

namespace tutoring {

// The SQL of a paged list: FROM clause, unique key, one expression per
// column (in the page's order) and the tables whose changes refresh it.
struct ListQuery {
    QString from;
    QString key;
    QStringList columns;
    QStringList watchedTables;
};

// A WHERE clause with ? placeholders and its bound values.
struct ListFilter {
    QStringList conditions;
    QVariantList binds;

    QString where() const { return conditions.join(QStringLiteral(" AND ")); }
    // Any of `expressions` starting with `text` (LIKE, escaped, bound);
    // nothing when the text is blank.
    void addSearch(const QStringList &expressions, const QString &text);
};

// The lists of ConosciAMO's pages as query objects, so that the window
// holds no SQL and each rule is written once here ("hours booked": lessons
// in force that are not cancelled; "hours given": outcome "given"; the PCTO
// hours: lessons given by the assistant plus the safety course). Pure
// values: the pages put them in a PagedSqlModel, which binds every value.
namespace TutoringLists {

// code, family name, given name, class (order || year), comune, BES,
// consent day, hours booked, hours given.
ListQuery pupils();
struct PupilFilter {
    QString search; // family or given name, or code
    QString order; // "", "middle", "high"
    QString kind; // "", "active", "bes", "consent" (still without)
};
ListFilter pupilFilter(const PupilFilter &filter);

// code, family name, given name, school, class, comune, safety course
// ("state|day"), subjects, PCTO hours.
ListQuery assistants();
struct AssistantFilter {
    QString search;
    int schoolId = 0;
    QString course; // "", or the course state as stored
};
ListFilter assistantFilter(const AssistantFilter &filter);

// code, family name, given name, role, e-mail, phone, assistants followed,
// stand-in hours.
ListQuery tutors();
ListFilter tutorFilter(const QString &search);

// pupil (short name), class, comune, assistant, from, until, hours booked,
// hours given.
ListQuery besAssignments();
struct BesFilter {
    QString search; // family name of the pupil or the assistant
    bool inForceOnly = true;
    QDate today;
};
ListFilter besFilter(const BesFilter &filter);

// day, hour, subject, pupil (short name), assistant, channel, state,
// stand-in tutor.
ListQuery lessons();
struct LessonFilter {
    QDate from;
    QDate to;
    int subjectId = 0;
    QString state; // "", "booked", "given", "no_show", "cancelled", "awaiting" (booked, already past)
    QString channel; // "", "platform", "bes"
    QString search; // pupil or assistant family name, or code
    QDate today; // for "awaiting"
};
ListFilter lessonFilter(const LessonFilter &filter);

// Every Italian comune as people type it: "Cisliano" for the 133 of the
// metropolitan city, "Limbiate (MB)" for the others; by name.
QStringList comuneLabels(const QSqlDatabase &db);
// The label of one comune; empty when unknown.
QString comuneLabel(const QSqlDatabase &db, int comuneId);

} // namespace TutoringLists

} // namespace tutoring
