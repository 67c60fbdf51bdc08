#include "tutoring/domain/peoplevalidation.h"

#include <QRegularExpression>

namespace tutoring {

using core::Error;

namespace {

Error fieldError(const QString &code, const QString &field, QStringList args = {})
{
    Error e(QStringLiteral("tutoring.") + code, std::move(args));
    e.where.field = field;
    return e;
}

core::Status requireNames(const QString &family, const QString &given)
{
    if (family.trimmed().isEmpty())
        return fieldError(
            QStringLiteral("missing_field"), QStringLiteral("family_name"), { QStringLiteral("family_name") });
    if (given.trimmed().isEmpty())
        return fieldError(
            QStringLiteral("missing_field"), QStringLiteral("given_name"), { QStringLiteral("given_name") });
    return {};
}

} // namespace

bool PeopleValidation::plausibleEmail(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return text.isEmpty() || re.match(text).hasMatch();
}

core::Status PeopleValidation::validate(const Pupil &p, const QDate &today)
{
    if (auto s = requireNames(p.familyName, p.givenName); !s)
        return s;
    // Pupils are 12-16; the records may be imported years later, so only
    // clearly wrong years are refused.
    if (p.birthYear < 1990 || (today.isValid() && p.birthYear > today.year() - 9))
        return fieldError(
            QStringLiteral("bad_birth_year"), QStringLiteral("birth_year"), { QString::number(p.birthYear) });
    if (!isServedClass(p.order, p.classYear))
        return fieldError(QStringLiteral("bad_class"), QStringLiteral("class_year"),
            { toSql(p.order), QString::number(p.classYear) });
    if (p.comuneId <= 0)
        return fieldError(QStringLiteral("missing_field"), QStringLiteral("comune"), { QStringLiteral("comune") });
    if (!plausibleEmail(p.parentEmail.trimmed()))
        return fieldError(QStringLiteral("bad_email"), QStringLiteral("parent_email"), { p.parentEmail });
    if (p.consentOn.isValid() && today.isValid() && p.consentOn > today)
        return fieldError(
            QStringLiteral("consent_future"), QStringLiteral("consent_on"), { p.consentOn.toString(Qt::ISODate) });
    return {};
}

core::Status PeopleValidation::validate(const Assistant &a, const QDate &today)
{
    if (auto s = requireNames(a.familyName, a.givenName); !s)
        return s;
    if (a.schoolId <= 0)
        return fieldError(QStringLiteral("missing_field"), QStringLiteral("school"), { QStringLiteral("school") });
    if (a.classYear != 4 && a.classYear != 5)
        return fieldError(QStringLiteral("bad_class"), QStringLiteral("class_year"),
            { QStringLiteral("assistant"), QString::number(a.classYear) });
    if (a.comuneId <= 0)
        return fieldError(QStringLiteral("missing_field"), QStringLiteral("comune"), { QStringLiteral("comune") });
    if (!plausibleEmail(a.email.trimmed()))
        return fieldError(QStringLiteral("bad_email"), QStringLiteral("email"), { a.email });
    if (a.safetyCourse == SafetyCourse::Done && !a.safetyCourseOn.isValid())
        return fieldError(QStringLiteral("course_date_missing"), QStringLiteral("safety_course_on"));
    if (a.safetyCourse == SafetyCourse::Done && today.isValid() && a.safetyCourseOn > today)
        return fieldError(QStringLiteral("course_date_future"), QStringLiteral("safety_course_on"),
            { a.safetyCourseOn.toString(Qt::ISODate) });
    return {};
}

core::Status PeopleValidation::validate(const Tutor &t)
{
    if (auto s = requireNames(t.familyName, t.givenName); !s)
        return s;
    if (!plausibleEmail(t.email.trimmed()))
        return fieldError(QStringLiteral("bad_email"), QStringLiteral("email"), { t.email });
    return {};
}

} // namespace tutoring
