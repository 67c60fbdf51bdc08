#pragma once

#include "core/domain/result.h"
#include "tutoring/domain/tutoringtypes.h"

namespace tutoring {

// Pure checks of what a form or an import row says about a person, before
// anything is written. The error's `where.field` names the field:
//   tutoring.missing_field [field]       a required field is empty
//   tutoring.bad_class [order, class]    class outside the service (2nd-3rd
//                                        middle, 1st-2nd high; 4th-5th for
//                                        assistants)
//   tutoring.bad_birth_year [year]
//   tutoring.bad_email [text]
//   tutoring.course_date_missing         course done without its date
//   tutoring.course_date_future [date]   course done in the future
class PeopleValidation {
public:
    static core::Status validate(const Pupil &pupil, const QDate &today);
    static core::Status validate(const Assistant &assistant, const QDate &today);
    static core::Status validate(const Tutor &tutor);

    static bool plausibleEmail(const QString &text);
};

} // namespace tutoring
