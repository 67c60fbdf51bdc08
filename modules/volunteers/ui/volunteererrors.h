#pragma once

#include "core/domain/error.h"

#include <QCoreApplication>

namespace volunteers {

// Turns the module's error codes ("volunteers.cf_check") into Italian
// sentences; registered with core::ErrorText by VolunteersModule.
class VolunteerErrors {
    Q_DECLARE_TR_FUNCTIONS(volunteers::VolunteerErrors)
public:
    static QString describe(const core::Error &error);
    // Training and exercises ("training.attendance_insufficient").
    static QString describeTraining(const core::Error &error);
    static void registerOnce();
};

} // namespace volunteers
