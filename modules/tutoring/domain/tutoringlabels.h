#pragma once

#include "tutoring/domain/tutoringtypes.h"

#include <QCoreApplication>

namespace tutoring {

// The translated words for ConosciAMO's values, shared by the reports and
// the UI so that paper and screen say the same thing.
class Labels {
    Q_DECLARE_TR_FUNCTIONS(tutoring::Labels)
public:
    static QString schoolOrder(SchoolOrder order);
    // "2ª media", "1ª superiore"
    static QString schoolClass(SchoolOrder order, int classYear);
    static QString safetyCourse(SafetyCourse state);
    static QString tutorKind(TutorKind kind);
    static QString channel(Channel channel);
    static QString lessonState(LessonState state);
    // "Lun", "Mar"... (ISO weekday 1-7)
    static QString weekdayShort(int weekday);
    static QString weekdayLong(int weekday);
    // "15:00–16:00"
    static QString slot(int hour);
};

} // namespace tutoring
