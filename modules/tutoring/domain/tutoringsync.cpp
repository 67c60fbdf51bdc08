#include "tutoring/domain/tutoringsync.h"

#include "core/auth/audittext.h"
#include "core/sync/postimport.h"
#include "core/sync/tableregistry.h"
#include "tutoring/domain/tutoringmerge.h"

#include <QCoreApplication>

namespace tutoring {

namespace {
struct TutoringSyncTexts {
    Q_DECLARE_TR_FUNCTIONS(tutoring::TutoringSyncTexts)
};
} // namespace

void declareSyncTables()
{
    using core::sync::TableKind;
    using core::sync::TableRegistry;
    TableRegistry::declare(QStringLiteral("tutoring_booking"), TableKind::Ledger, [] { return TutoringSyncTexts::tr("Study support bookings"); });
    TableRegistry::declare(QStringLiteral("tutoring_outcome"), TableKind::Ledger, [] { return TutoringSyncTexts::tr("Lesson outcomes"); });
    TableRegistry::declare(QStringLiteral("tutoring_period"), TableKind::Mutable, [] { return TutoringSyncTexts::tr("Service periods"); });
    TableRegistry::declareMergedTogether(
        QStringLiteral("tutoring_period"), { QStringLiteral("first_day"), QStringLiteral("last_day") });
    TableRegistry::declare(QStringLiteral("tutoring_tutor"), TableKind::Mutable, [] { return TutoringSyncTexts::tr("Tutors"); });
    TableRegistry::declare(QStringLiteral("tutoring_pupil"), TableKind::Mutable, [] { return TutoringSyncTexts::tr("Pupils"); });
    TableRegistry::declareMergedTogether(
        QStringLiteral("tutoring_pupil"), { QStringLiteral("school_order"), QStringLiteral("class_year") });
    TableRegistry::declare(QStringLiteral("tutoring_assistant"), TableKind::Mutable, [] { return TutoringSyncTexts::tr("Study assistants"); });
    TableRegistry::declareMergedTogether(
        QStringLiteral("tutoring_assistant"), { QStringLiteral("safety_course"), QStringLiteral("safety_course_on") });
    // An assistant's offer: sets merged member by member (peoplerepository.cpp).
    TableRegistry::declareSet(QStringLiteral("tutoring_assistant_subject"),
        { QStringLiteral("assistant_id"), QStringLiteral("subject_id") }, [] { return TutoringSyncTexts::tr("Assistants' subjects"); });
    TableRegistry::declareSet(QStringLiteral("tutoring_availability"),
        { QStringLiteral("assistant_id"), QStringLiteral("weekday"), QStringLiteral("start_hour") }, [] { return TutoringSyncTexts::tr("Assistants' availability"); });
    TableRegistry::declare(QStringLiteral("tutoring_bes_assignment"), TableKind::Mutable, [] { return TutoringSyncTexts::tr("BES assignments"); });
    TableRegistry::declareMergedTogether(
        QStringLiteral("tutoring_bes_assignment"), { QStringLiteral("first_day"), QStringLiteral("last_day") });
    // Double bookings found after a merge are flagged (tutoringmerge.h).
    core::sync::PostImport::registerReconciler(QStringLiteral("tutoring"), &TutoringMerge::reconcile);
    // The columns in words, for the conflict dialog ("Field") and the
    // prints of the conflict log; the common ones (name, notes...) are
    // declared once in app/columntitles.cpp.
    TableRegistry::declareColumnTitles(QStringLiteral("tutoring_period"),
        { { QStringLiteral("weekdays"), [] { return TutoringSyncTexts::tr("Days of the week"); } },
            { QStringLiteral("slot_hours"), [] { return TutoringSyncTexts::tr("Lesson hours"); } } });
    TableRegistry::declareColumnTitles(QStringLiteral("tutoring_pupil"),
        { { QStringLiteral("birth_year"), [] { return TutoringSyncTexts::tr("Year of birth"); } },
            { QStringLiteral("school_name"), [] { return TutoringSyncTexts::tr("School"); } },
            { QStringLiteral("parent_name"), [] { return TutoringSyncTexts::tr("Parent"); } },
            { QStringLiteral("parent_phone"), [] { return TutoringSyncTexts::tr("Parent's phone"); } },
            { QStringLiteral("parent_email"), [] { return TutoringSyncTexts::tr("Parent's email"); } },
            { QStringLiteral("bes"), [] { return TutoringSyncTexts::tr("Special educational needs (BES)"); } },
            { QStringLiteral("consent_on"), [] { return TutoringSyncTexts::tr("Consent given on"); } } });
    TableRegistry::declareColumnTitles(QStringLiteral("tutoring_assistant"),
        { { QStringLiteral("school_id"), [] { return TutoringSyncTexts::tr("School"); } },
            { QStringLiteral("tutor_id"), [] { return TutoringSyncTexts::tr("Tutor"); } },
            { QStringLiteral("safety_course"), [] { return TutoringSyncTexts::tr("Safety course"); } },
            { QStringLiteral("safety_course_on"), [] { return TutoringSyncTexts::tr("Safety course on"); } } });
    TableRegistry::declareColumnTitles(QStringLiteral("tutoring_bes_assignment"),
        { { QStringLiteral("pupil_id"), [] { return TutoringSyncTexts::tr("Pupil"); } },
            { QStringLiteral("assistant_id"), [] { return TutoringSyncTexts::tr("Assistant"); } },
            { QStringLiteral("assigned_at"), [] { return TutoringSyncTexts::tr("Assigned on"); } },
            { QStringLiteral("assigned_by"), [] { return TutoringSyncTexts::tr("Assigned by"); } } });
}

void declareAuditTexts()
{
    core::AuditText::setCommand(QStringLiteral("tutoring.bes.assign"), [] { return TutoringSyncTexts::tr("Stable assistant assigned (BES)"); });
    core::AuditText::setCommand(QStringLiteral("tutoring.bes.book"), [] { return TutoringSyncTexts::tr("Hours booked for a BES pupil"); });
    core::AuditText::setCommand(QStringLiteral("tutoring.bes.end"), [] { return TutoringSyncTexts::tr("Stable assistance ended (BES)"); });
    core::AuditText::setCommand(QStringLiteral("tutoring.lesson.book"), [] { return TutoringSyncTexts::tr("Lesson booked"); });
    core::AuditText::setCommand(QStringLiteral("tutoring.lesson.cancel"), [] { return TutoringSyncTexts::tr("Lesson cancelled"); });
    core::AuditText::setCommand(QStringLiteral("tutoring.lesson.outcome"), [] { return TutoringSyncTexts::tr("Lesson outcome recorded"); });
    core::AuditText::setCommand(QStringLiteral("tutoring.period.save"), [] { return TutoringSyncTexts::tr("Service period saved"); });
    core::AuditText::setCommand(QStringLiteral("tutoring.pupil.save"), [] { return TutoringSyncTexts::tr("Pupil saved"); });
    core::AuditText::setCommand(QStringLiteral("tutoring.assistant.save"), [] { return TutoringSyncTexts::tr("Study assistant saved"); });
    core::AuditText::setCommand(QStringLiteral("tutoring.tutor.save"), [] { return TutoringSyncTexts::tr("Tutor saved"); });
    core::AuditText::setCommand(QStringLiteral("tutoring.import.pupils"), [] { return TutoringSyncTexts::tr("Pupils imported"); });
    core::AuditText::setCommand(QStringLiteral("tutoring.import.assistants"), [] { return TutoringSyncTexts::tr("Study assistants imported"); });
    core::AuditText::setCommand(QStringLiteral("tutoring.import.bookings"), [] { return TutoringSyncTexts::tr("Bookings imported"); });
}

} // namespace tutoring
