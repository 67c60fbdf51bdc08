#include "tutoring/domain/tutoringsync.h"

#include "core/sync/tableregistry.h"

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
    TableRegistry::setTitle(QStringLiteral("tutoring_period"), [] { return TutoringSyncTexts::tr("Service periods"); });
    TableRegistry::setTitle(QStringLiteral("tutoring_tutor"), [] { return TutoringSyncTexts::tr("Tutors"); });
    TableRegistry::setTitle(QStringLiteral("tutoring_pupil"), [] { return TutoringSyncTexts::tr("Pupils"); });
    TableRegistry::setTitle(QStringLiteral("tutoring_assistant"), [] { return TutoringSyncTexts::tr("Study assistants"); });
    TableRegistry::setTitle(QStringLiteral("tutoring_assistant_subject"), [] { return TutoringSyncTexts::tr("Assistants' subjects"); });
    TableRegistry::setTitle(QStringLiteral("tutoring_availability"), [] { return TutoringSyncTexts::tr("Assistants' availability"); });
    TableRegistry::setTitle(QStringLiteral("tutoring_bes_assignment"), [] { return TutoringSyncTexts::tr("BES assignments"); });
}

} // namespace tutoring
